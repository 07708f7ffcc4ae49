// The local Neo4j Community server that kg's development and tests talk to (docs/neo4j.md).
//
// Why a launcher: no Neo4j server package is reachable from this machine, but the Community engine
// is on Maven Central. This file runs without a build step:
//
//     java -cp "$(cat classpath.txt)" Launcher.java
//
// It starts an embedded DBMS with the Bolt connector on 127.0.0.1 (the protocol of the official
// drivers, cypher-shell and Neo4j Browser) and the HTTP connector, which serves the HTTP API and
// Neo4j Browser at http://127.0.0.1:$KG_NEO4J_HTTP_PORT/browser/ (neo4j-server and neo4j-browser
// on the classpath). It stores its data in $KG_NEO4J_HOME (default ./.neo4j), and keeps running
// until it receives SIGTERM/SIGINT, when it shuts the databases down cleanly.
//
// Environment:
//   KG_NEO4J_PORT      Bolt port (default 7687)
//   KG_NEO4J_HTTP_PORT HTTP port of the API and Browser (default 7474; "off" disables HTTP)
//   KG_NEO4J_HOME      data directory (default .neo4j in the working directory)
//   KG_NEO4J_PASSWORD  password of the user "neo4j" (default "kg-local-neo4j", the default of kg's
//                      --password); KG_NEO4J_AUTH=off disables authentication instead.
//   KG_NEO4J_PAGECACHE page cache size (default 1g)
//   KG_NEO4J_TX_LOG_RETENTION  db.tx_log.rotation.retention_policy (default "2 files")

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;

public class Launcher {
    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("KG_NEO4J_PORT", "7687"));
        Path home = Path.of(env("KG_NEO4J_HOME", ".neo4j")).toAbsolutePath();
        boolean auth = !"off".equalsIgnoreCase(env("KG_NEO4J_AUTH", "on"));
        String password = env("KG_NEO4J_PASSWORD", "kg-local-neo4j");
        long pageCache = ByteUnit.parse(env("KG_NEO4J_PAGECACHE", "1g"));
        String httpSetting = env("KG_NEO4J_HTTP_PORT", "7474");
        boolean http = !"off".equalsIgnoreCase(httpSetting);
        int httpPort = http ? Integer.parseInt(httpSetting) : 0;
        Files.createDirectories(home);

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, http)
                .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", http ? httpPort : 7474))
                .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", http ? httpPort : 7474))
                // The Browser is served from this machine and must not reach out: no telemetry,
                // remote content (guides) only from this machine.
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "127.0.0.1")
                // server.py writes the ontology's style sheet beside the Browser's files: apply it
                // after every login, so the Browser shows kg's colours and captions.
                .setConfig(ServerSettings.browser_post_connect_cmd,
                        http ? "style http://127.0.0.1:" + httpPort + "/browser/kg.grass" : "")
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // Transaction logs are only needed for crash recovery here (no backups, no
                // clusters): keep the newest ones only. Neo4j's default keeps two days of them,
                // about 0.5 GB per first sync of the real corpus (15 GB after one benchmark).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, env("KG_NEO4J_TX_LOG_RETENTION", "2 files"))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kg-neo4j: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }));

        if (auth) {
            // The built-in user "neo4j" starts with password "neo4j" and must change it on first
            // login; set the documented password once, so drivers can log in directly.
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED",
                        java.util.Map.of("pw", password));
            } catch (RuntimeException e) {
                // Neo4j refuses to "change" a password to the one already set: nothing to do then.
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    throw e;
                }
            }
        }
        System.out.printf("kg-neo4j: Neo4j Community up in %.1f s, bolt://127.0.0.1:%d, %s, data %s, auth %s%n",
                (System.nanoTime() - t0) / 1e9, port,
                http ? "Browser http://127.0.0.1:" + httpPort + "/browser/" : "no HTTP", home,
                auth ? "on (user neo4j)" : "off");
        System.out.flush();
        stopped.await();
    }
}
