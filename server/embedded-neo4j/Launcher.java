// Runs a Neo4j Community DBMS for whosaid: Bolt on loopback, auth on, no file or network reach from Cypher; it lives exactly as long as its parent keeps stdin open.

import inet.ipaddr.IPAddressString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * Usage: java Launcher HOME_DIR BOLT_PORT PAGECACHE_MIB, with the password of the user "neo4j" as the first line of
 * stdin (never on the command line, where any process could read it).
 *
 * <p>Prints "WHOSAID_NEO4J_READY bolt://127.0.0.1:PORT" once the default database is available and the password is
 * set, with the port actually bound (BOLT_PORT may be 0). Shuts the DBMS down cleanly on stdin EOF (the parent died
 * or let go) and on SIGTERM/SIGINT (through the shutdown hook). Exits with 75 when another process holds the store
 * lock, and with 76 when the Bolt port is taken.
 */
public final class Launcher {
  static final String LOOPBACK = "127.0.0.1";
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  /** Exit status when another process holds the store lock (EX_TEMPFAIL: trying again later may work). */
  static final int EXIT_STORE_LOCKED = 75;
  /** Exit status when something else listens on the Bolt port. */
  static final int EXIT_PORT_IN_USE = 76;
  static final String USER = "neo4j";
  /** Every address, IPv4 and IPv6: LOAD CSV and any other Cypher URL access may reach no host at all. */
  static final List<IPAddressString> EVERY_ADDRESS = List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"));
  static final long MIB = 1024 * 1024;

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: Launcher HOME_DIR BOLT_PORT PAGECACHE_MIB");
      System.exit(2);
    }
    // Watching starts first, so that a parent dying during a slow start-up does not leave the JVM behind.
    CompletableFuture<String> password = readPasswordThenExitOnStdinEof();
    try {
      start(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]), Long.parseLong(args[2]) * MIB, password.join());
    } catch (Throwable failure) {
      failure.printStackTrace();
      System.exit(exitStatus(failure));
    }
  }

  static void start(Path home, int boltPort, long pageCacheBytes, String password) {
    DatabaseManagementService dbms = build(home, boltPort, pageCacheBytes);
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "whosaid-neo4j-shutdown"));
    GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!database.isAvailable(START_TIMEOUT.toMillis())) {
      throw new IllegalStateException("the default database did not become available within " + START_TIMEOUT);
    }
    setPassword(dbms, password);
    System.out.println("WHOSAID_NEO4J_READY bolt://" + LOOPBACK + ":" + boundBoltPort(database));
    System.out.flush();
  }

  /**
   * Gives the user "neo4j" the parent's password on every start, so the stored password file is the truth even
   * for a data folder made before it. Replacing the user is idempotent where ALTER USER refuses an unchanged
   * password; Community has no roles to lose.
   */
  static void setPassword(DatabaseManagementService dbms, String password) {
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
        "CREATE OR REPLACE USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
  }

  /**
   * A non-daemon thread: it reads the password line, then keeps the JVM alive until stdin ends and exits, which
   * runs the shutdown hook. The future fails when stdin ends before a whole line came.
   */
  static CompletableFuture<String> readPasswordThenExitOnStdinEof() {
    CompletableFuture<String> password = new CompletableFuture<>();
    Thread watcher = new Thread(() -> {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      try {
        for (int next = System.in.read(); next != -1; next = System.in.read()) {
          if (password.isDone()) continue; // Past the first line input carries no commands: only its end matters.
          if (next == '\n') password.complete(line.toString(StandardCharsets.UTF_8));
          else line.write(next);
        }
      } catch (IOException unreadable) {
        // A broken stdin means the parent is gone just as surely as an EOF does.
      }
      if (!password.isDone()) System.err.println("stdin ended before the password line");
      System.exit(0);
    }, "whosaid-neo4j-stdin-watch");
    watcher.start();
    return password;
  }

  static DatabaseManagementService build(Path home, int boltPort, long pageCacheBytes) {
    return new DatabaseManagementServiceBuilder(home)
        // Loopback is not enough: any local process, or a web page through Bolt's WebSocket, can reach the port.
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // No file reach from Cypher: file URLs are refused, and would be confined to an import folder that is empty.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
        // No network reach from Cypher: LOAD CSV and friends may contact no address, this machine's included.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, EVERY_ADDRESS)
        // Transaction time limits are checked every 2 s by default: a query with a 3 s limit could run for 5.
        .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
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

  static int exitStatus(Throwable failure) {
    if (causedBy(failure, FileLockException.class)) return EXIT_STORE_LOCKED;
    if (causedBy(failure, BindException.class)) return EXIT_PORT_IN_USE;
    return 1;
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
