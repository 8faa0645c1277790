package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
      Map<Integer, String> before = eventIds(freshet);

      freshet.demo("update authors set name = 'Ada Lovelace-Okafor' where id = 1");

      await().atMost(TIMEOUT).until(() -> IntStream.rangeClosed(1, 3)
          .allMatch(i -> "Ada Lovelace-Okafor".equals(authorOf(freshet, i))));
      Map<Integer, String> after = eventIds(freshet);
      assertThat(IntStream.rangeClosed(1, 3).filter(i -> !after.get(i).equals(before.get(i))).count())
          .as("Ada's posts re-indexed").isEqualTo(3);
      assertThat(IntStream.rangeClosed(4, 6).filter(i -> !after.get(i).equals(before.get(i))).count())
          .as("Bruno's posts untouched").isZero();
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

  private static Map<Integer, String> eventIds(StandaloneFreshet freshet) {
    return IntStream.rangeClosed(1, 6).boxed().collect(Collectors.toMap(Function.identity(), i -> freshet.state
        .queryForObject("select event_id from document_state where subject = ?", String.class, "kb:posts:" + i)));
  }
}
