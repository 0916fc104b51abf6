// Share links: `#code=<base64url of deflate-raw of the UTF-8 source>`
// followed by `&p=N&seed=S&clock=fake` where set. Compression is the
// browser's own CompressionStream; no library.

export interface Options {
  procs: number;        // 0: all CPUs
  seed: string;         // "" : random; else decimal digits
  clock: 'real' | 'fake';
}

export interface Shared extends Options {
  source: string;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const input = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(input).arrayBuffer());
}

export function toBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('the code is not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function encodeFragment(s: Shared): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(s.source), new CompressionStream('deflate-raw'));
  let frag = `#code=${toBase64url(packed)}`;
  if (s.procs > 0) frag += `&p=${s.procs}`;
  if (s.seed !== '') frag += `&seed=${s.seed}`;
  if (s.clock === 'fake') frag += '&clock=fake';
  return frag;
}

// Whether a fragment is meant as a share link at all (then a failure to
// decode it is worth telling).
export function isShareFragment(hash: string): boolean {
  return /^#?code=/.test(hash);
}

// Decodes a fragment; throws an Error saying what is wrong with it.
export async function decodeFragment(hash: string): Promise<Shared> {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`"${part.slice(0, 40)}" is not a name=value pair`);
    const name = part.slice(0, eq);
    if (params.has(name)) throw new Error(`${name} is given twice`);
    params.set(name, part.slice(eq + 1));
  }
  const code = params.get('code');
  if (code === undefined || code === '') throw new Error('there is no code');
  let packed: Uint8Array;
  packed = fromBase64url(code);
  let raw: Uint8Array;
  try {
    raw = await pipe(packed, new DecompressionStream('deflate-raw'));
  } catch {
    throw new Error('the code is not valid compressed data (was the link cut short?)');
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new Error('the code is not UTF-8 text');
  }
  const out: Shared = { source, procs: 0, seed: '', clock: 'real' };
  for (const [name, value] of params) {
    if (name === 'code') continue;
    if (name === 'p') {
      if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > 256) throw new Error(`p=${value.slice(0, 20)} is not a GOMAXPROCS from 1 to 256`);
      out.procs = Number(value);
    } else if (name === 'seed') {
      if (!/^\d{1,20}$/.test(value)) throw new Error(`seed=${value.slice(0, 30)} is not a decimal number`);
      out.seed = value;
    } else if (name === 'clock') {
      if (value !== 'fake' && value !== 'real') throw new Error(`clock=${value.slice(0, 20)} is neither fake nor real`);
      out.clock = value;
    } else {
      throw new Error(`unknown parameter ${name.slice(0, 20)}`);
    }
  }
  return out;
}
