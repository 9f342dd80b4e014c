package cspgraph.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with only its Bolt connector, bound to the loopback interface.
 *
 * <p>Arguments: {@code --home DIR --port N [--pagecache SIZE_MB]}. The password for the {@code neo4j} user is read
 * from the environment variable {@code NEO4J_LOCAL_PASSWORD} so that it never appears in a process listing. Prints
 * one line {@code READY bolt://127.0.0.1:N} once Bolt accepts connections, and shuts down cleanly on SIGTERM.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path home = Path.of(require(options, "--home")).toAbsolutePath();
    int port = Integer.parseInt(require(options, "--port"));
    long pageCacheMb = Long.parseLong(options.getOrDefault("--pagecache", "512"));
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_LOCAL_PASSWORD must be set to a password of at least 8 characters");
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
        .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    // The embedded server creates the default user with a password that must be changed; set ours directly.
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        fail("usage: LocalNeo4j --home DIR --port N [--pagecache SIZE_MB]");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      fail("missing option " + name);
    }
    return value;
  }

  private static void fail(String message) {
    System.err.println("neo4j-local: " + message);
    System.exit(2);
  }
}
