package dev.freshet.bench;

/** What the in-process phases share: one Freshet, its source, its counted model and the text generator. */
record Lab(InProcessFreshet freshet, SourceDb source, CountingModel model, Scale scale, Texts texts) {

  /** A subject of the {@code articles} collection. */
  static String article(long id) {
    return "kb:public.articles:" + id;
  }
}
