// Runs a Neo4j Community DBMS for whosaid with Bolt on loopback; it lives exactly as long as its parent keeps stdin open.

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Usage: java Launcher HOME_DIR BOLT_PORT PAGECACHE_MIB
 *
 * <p>Prints "WHOSAID_NEO4J_READY bolt://127.0.0.1:PORT" once the default database is available, with the port
 * actually bound (BOLT_PORT may be 0). Shuts the DBMS down cleanly on stdin EOF (the parent died or let go) and
 * on SIGTERM/SIGINT (through the shutdown hook). Exits with 75 when another process holds the store lock.
 */
public final class Launcher {
  static final String LOOPBACK = "127.0.0.1";
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  /** Exit status when another process holds the store lock (EX_TEMPFAIL: trying again later may work). */
  static final int EXIT_STORE_LOCKED = 75;
  static final long MIB = 1024 * 1024;

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: Launcher HOME_DIR BOLT_PORT PAGECACHE_MIB");
      System.exit(2);
    }
    // Watching starts first, so that a parent dying during a slow start-up does not leave the JVM behind.
    exitOnStdinEof();
    try {
      start(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]), Long.parseLong(args[2]) * MIB);
    } catch (Throwable failure) {
      failure.printStackTrace();
      System.exit(causedBy(failure, FileLockException.class) ? EXIT_STORE_LOCKED : 1);
    }
  }

  static void start(Path home, int boltPort, long pageCacheBytes) {
    DatabaseManagementService dbms = build(home, boltPort, pageCacheBytes);
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "whosaid-neo4j-shutdown"));
    GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!database.isAvailable(START_TIMEOUT.toMillis())) {
      throw new IllegalStateException("the default database did not become available within " + START_TIMEOUT);
    }
    System.out.println("WHOSAID_NEO4J_READY bolt://" + LOOPBACK + ":" + boundBoltPort(database));
    System.out.flush();
  }

  /** A non-daemon thread: it keeps the JVM alive until stdin ends, then exits, which runs the shutdown hook. */
  static void exitOnStdinEof() {
    Thread watcher = new Thread(() -> {
      byte[] buffer = new byte[256];
      try {
        while (System.in.read(buffer) != -1) {
          // Input carries no commands: only its end matters.
        }
      } catch (IOException unreadable) {
        // A broken stdin means the parent is gone just as surely as an EOF does.
      }
      System.exit(0);
    }, "whosaid-neo4j-stdin-watch");
    watcher.start();
  }

  static DatabaseManagementService build(Path home, int boltPort, long pageCacheBytes) {
    return new DatabaseManagementServiceBuilder(home)
        // Auth is off because Bolt listens on loopback only: nothing off this machine can reach it.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
        // This machine has no internet, and a DBMS for one user need not report usage anywhere.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Throw-away test folders should not reserve hundreds of megabytes of transaction log up front.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        // Netty otherwise idles 5 s per event loop group before Bolt stops, which only delays every stop.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();
  }

  static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (kind.isInstance(cause)) return true;
    }
    return false;
  }

  /** The port Bolt really listens on, which differs from the configured one when that was 0. */
  static int boundBoltPort(GraphDatabaseService database) {
    ConnectorPortRegister ports = ((GraphDatabaseAPI) database)
        .getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class);
    return ports.getLocalAddress(ConnectorType.BOLT).getPort();
  }
}
