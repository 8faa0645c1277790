package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection defined by a query over several tables: a change in any of them re-indexes exactly the documents it affects. */
class CrossTableCollectionIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir
  Path dataDir;

  @Test
  void renamingAnAuthorReIndexesExactlyThatAuthorsPosts() throws Exception {
    try (StandaloneFreshet first = StandaloneFreshet.start(dataDir)) {
      first.demo("""
          create table authors (id int primary key, name text not null, email text);
          create table posts (id int primary key, title text not null, body text not null,
                              author_id int not null references authors);
          alter table authors replica identity full""");
    }
    String q = "--freshet.sources.demo.collections.posts.";
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir,
        q + "query=select p.id, p.title, p.body, a.name as author_name from posts p join authors a on a.id = p.author_id",
        q + "text-columns=title,body", q + "metadata-columns=author_name",
        q + "tables.public.posts=id", q + "tables.public.authors=select id from posts where author_id = :id")) {
      freshet.demo("insert into authors values (1, 'Ada Okafor', 'ada@example.com'), (2, 'Bruno Lindqvist', null)");
      freshet.demo("insert into posts select i, 'Post ' || i, 'Notes number ' || i || ' about tidal energy.', "
          + "case when i <= 3 then 1 else 2 end from generate_series(1, 6) i");
      await().atMost(TIMEOUT).until(() -> IntStream.rangeClosed(1, 6).allMatch(i -> authorOf(freshet, i) != null));
      assertThat(authorOf(freshet, 2)).isEqualTo("Ada Okafor");

      freshet.demo("update authors set name = 'Ada Lovelace-Okafor' where id = 1");

      await().atMost(TIMEOUT).until(() -> IntStream.rangeClosed(1, 3)
          .allMatch(i -> "Ada Lovelace-Okafor".equals(authorOf(freshet, i))));
      // the rename reached exactly Ada's posts, one change each (the new collection's own start-up
      // snapshot may re-read posts at any moment, so count the changes that came from the authors table)
      Map<String, Long> viaAuthors = freshet.state.query("""
          select subject, count(*) from event_log where type = 'document.changed' and data->>'table' = 'public.authors'
            and operation = 'UPDATE'
          group by subject""", rs -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            while (rs.next()) {
              counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
          });
      assertThat(viaAuthors).isEqualTo(Map.of("kb:posts:1", 1L, "kb:posts:2", 1L, "kb:posts:3", 1L));
      assertThat(authorOf(freshet, 5)).isEqualTo("Bruno Lindqvist");

      // a post moving to another author is re-indexed with the new name; deleting a post removes it
      freshet.demo("update posts set author_id = 2 where id = 3");
      await().atMost(TIMEOUT).until(() -> "Bruno Lindqvist".equals(authorOf(freshet, 3)));
      freshet.demo("delete from posts where id = 6");
      await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf("kb:posts:6").isEmpty());
    }
  }

  private static String authorOf(StandaloneFreshet freshet, int post) {
    List<StoredChunk> chunks = freshet.store.chunksOf("kb:posts:" + post);
    return chunks.isEmpty() ? null : chunks.get(0).metadata().get("author_name");
  }

}
