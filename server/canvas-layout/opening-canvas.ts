// How big a graph the explorer opens whole: shared by the page, which asks for the whole graph up to it, and the
// server, which sends the whole graph laid out up to it.

/** The most nodes the explorer opens whole (with every link among them); past it, it opens on an overview. */
export const OPENING_CANVAS_LIMIT = 400;
