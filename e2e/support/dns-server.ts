import dgram from "node:dgram";

export interface DnsServer {
  /** `127.0.0.1:<port>`, as nginx's `resolver` takes it. */
  address: string;
  /** Points `name` at these IPv4 addresses from the next lookup on (none: NXDOMAIN). */
  answer: (name: string, addresses: string[]) => void;
  /** Lookups served so far, per name. */
  lookups: (name: string) => number;
  stop: () => Promise<void>;
}

/**
 * A DNS server just big enough for nginx's resolver: A queries over UDP, answered from a table
 * the test changes, with a 1-second TTL. It stands in for Docker's DNS, which answers a
 * service name with the addresses of its containers as they come and go.
 */
export async function startDnsServer(): Promise<DnsServer> {
  const table = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const socket = dgram.createSocket("udp4");
  socket.on("message", (query, peer) => {
    const reply = answerQuery(query, table, counts);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    answer: (name, addresses) => table.set(name.toLowerCase(), addresses),
    lookups: (name) => counts.get(name.toLowerCase()) ?? 0,
    stop: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

const TYPE_A = 1;
const TTL_SECONDS = 1;

/** The reply to one query (RFC 1035 §4): the question echoed, then one A record per address. */
function answerQuery(query: Buffer, table: Map<string, string[]>, counts: Map<string, number>): Buffer | null {
  if (query.length < 12) return null;
  const { name, end } = readName(query, 12);
  const type = query.readUInt16BE(end);
  const question = query.subarray(12, end + 4);
  counts.set(name, (counts.get(name) ?? 0) + 1);
  const addresses = type === TYPE_A ? (table.get(name) ?? null) : [];
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // the query's id
  // QR=1, opcode 0, AA=1, RD copied; RA=1; RCODE 3 (NXDOMAIN) for an unknown name.
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | (addresses === null ? 3 : 0), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(addresses?.length ?? 0, 6);
  const records = (addresses ?? []).map((address) => {
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // a pointer to the name in the question
    record.writeUInt16BE(TYPE_A, 2);
    record.writeUInt16BE(1, 4); // class IN
    record.writeUInt32BE(TTL_SECONDS, 6);
    record.writeUInt16BE(4, 10);
    for (const [index, part] of address.split(".").entries()) record.writeUInt8(Number(part), 12 + index);
    return record;
  });
  return Buffer.concat([header, question, ...records]);
}

function readName(buffer: Buffer, offset: number): { name: string; end: number } {
  const labels: string[] = [];
  let at = offset;
  while (at < buffer.length && buffer[at] !== 0) {
    const length = buffer[at] as number;
    labels.push(buffer.toString("ascii", at + 1, at + 1 + length));
    at += length + 1;
  }
  return { name: labels.join(".").toLowerCase(), end: at + 1 };
}
