package dev.freshet.core.index;

import dev.freshet.api.store.VectorStore;
import dev.freshet.core.embedding.Embedder;

/** An open generation: its record, its store, and the model and splitter that fill it. */
public record LiveGeneration(Generation generation, VectorStore store, Embedder embedder, Chunker chunker) {}
