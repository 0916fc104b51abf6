// Snapshot and trace event types, as described in docs/snapshot.md.

export type GoroutineStatus = 'runnable' | 'running' | 'waiting';

export interface SourcePos {
  func: string;
  file: string;
  line: number;
}

export interface SelectCase {
  id: number;
  dir: 'send' | 'recv';
}

export type WaitingOn =
  | { kind: 'chan' | 'mutex' | 'rwmutex' | 'waitgroup' | 'cond' | 'sema' | 'timer'; id: number }
  | { kind: 'select'; chans: SelectCase[] };

export interface GoroutineInfo {
  id: number;
  status: GoroutineStatus | string;
  waitReason: string;
  waitingOn?: WaitingOn;
  func: string;
  file: string;
  line: number;
  parent: number;
  createdAt: SourcePos;
  waitSince?: number;
}

export interface ChannelInfo {
  id: number;
  label: string;
  elemType: string;
  cap: number;
  len: number;
  buffer: string[];
  closed: boolean;
  sendq: number[];
  recvq: number[];
}

export interface MutexInfo {
  id: number;
  label: string;
  kind: 'mutex';
  locked: boolean;
  owner: number;
  waiters: number[];
}

export interface RWMutexInfo {
  id: number;
  label: string;
  kind: 'rwmutex';
  writer: number;
  readers: number;
  waiters: number[];
  readerWaiters: number[];
  writerWaiters: number[];
}

export interface WaitGroupInfo {
  id: number;
  label: string;
  counter: number;
  waiters: number[];
}

export interface CondInfo {
  id: number;
  label: string;
  waiters: number[];
}

export interface ProcInfo {
  id: number;
  curg: number;
  runqueue: number;
  executed: number;
}

export interface Snapshot {
  time: number;
  gomaxprocs: number;
  numGoroutine: number;
  /** Live goroutines left out of `goroutines` (it lists the oldest 5000). */
  goroutinesOmitted?: number;
  goroutines: GoroutineInfo[];
  channels: ChannelInfo[];
  /** Objects left out of their lists (each lists the oldest 5000). */
  channelsOmitted?: number;
  mutexesOmitted?: number;
  waitgroupsOmitted?: number;
  condsOmitted?: number;
  mutexes: Array<MutexInfo | RWMutexInfo>;
  waitgroups: WaitGroupInfo[];
  conds: CondInfo[];
  procs: ProcInfo[];
  globalRunqueue: number;
}

export type TraceKind =
  | 'GoCreate'
  | 'GoStart'
  | 'GoBlock'
  | 'GoYield'
  | 'GoUnblock'
  | 'GoEnd'
  | 'ChanSend'
  | 'ChanRecv'
  | 'ChanClose';

export interface TraceEvent {
  ts: number;
  kind: TraceKind | string;
  g: number;
  arg: number;
  obj: number;
  p: number;
}

/** Wait reason texts by ordinal (runtime/waitreason.def), as carried by GoBlock's arg. */
export const WAIT_REASONS: readonly string[] = [
  '',
  'chan receive',
  'chan receive (nil chan)',
  'chan send',
  'chan send (nil chan)',
  'select',
  'select (no cases)',
  'sleep',
  'sync.Mutex.Lock',
  'sync.RWMutex.RLock',
  'sync.RWMutex.Lock',
  'sync.WaitGroup.Wait',
  'sync.Cond.Wait',
  'semacquire',
  'IO wait',
  'wait forever',
  'GC assist wait',
  'debug call',
];
