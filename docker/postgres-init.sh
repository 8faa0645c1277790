#!/bin/sh
# Runs once, when the PostgreSQL container initializes its data directory: the state database (which also holds
# the pgvector tables) and the demo source database with its knowledge base, as the embedded default seeds it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create database freshet;
create database demo;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname freshet -c "create extension if not exists vector"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname demo -f /demo/schema.sql -f /demo/articles.sql
