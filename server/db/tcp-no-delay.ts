// Turns Nagle's algorithm off for the Neo4j driver's sockets. The driver (which exposes no option for it) writes a
// message in 1,400-byte chunks, so any query longer than that (most rules) sent its last chunk only after the server
// acknowledged the first, which a delayed ACK holds back about 40 ms: every such query cost 40 ms more than its work.
import net from 'node:net';
import tls from 'node:tls';

const plainConnect = net.connect;
const tlsConnect = tls.connect;

net.connect = ((...args: Parameters<typeof net.connect>) =>
  plainConnect(...args).setNoDelay(true)) as typeof net.connect;
tls.connect = ((...args: Parameters<typeof tls.connect>) => tlsConnect(...args).setNoDelay(true)) as typeof tls.connect;
