// How big a graph the explorer opens whole: shared by the page, which asks for the whole graph up to it, and the
// server, which sends the whole graph laid out up to it.

/**
 * The most nodes the explorer opens whole (with every link among them); past it, it opens on an overview. The seed's
 * 214 open whole; 400 synthetic nodes took the server's layout thread 1.75 s at a load of 4 on two cores, just inside
 * its 2 s patience (past it the page lays the graph out itself, as it did before).
 */
export const OPENING_CANVAS_LIMIT = 400;
