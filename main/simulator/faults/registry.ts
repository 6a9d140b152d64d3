/**
 * The injected faults, in injection order: the first active fault that matches a request wins.
 * A fault with `times` is used up after that many applications.
 */
import type { EndpointName } from '../server/counts';
import { defaultEndpoints, type Fault, type FaultKind } from './schema';

export interface ActiveFault {
  id: string;
  fault: Fault;
  /** Applications left, or null for "until removed". */
  remaining: number | null;
  /** How often it has been applied so far. */
  hits: number;
}

/** What a request offers for matching. */
export interface FaultTarget {
  endpoint: EndpointName;
  region: string;
  email?: string | undefined;
  patientId?: string | undefined;
}

export interface FaultRegistry {
  inject(fault: Fault): ActiveFault;
  remove(id: string): boolean;
  list(): ActiveFault[];
  clear(): void;
  /** The first matching fault of one of `kinds`, without using it up. */
  find<K extends FaultKind>(
    target: FaultTarget,
    kinds: readonly K[],
  ): (ActiveFault & { fault: Extract<Fault, { kind: K }> }) | undefined;
  /** Records one application; removes the fault when its `times` are used up. */
  consume(active: ActiveFault): void;
}

function asList<T>(value: T | T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

function matches(fault: Fault, target: FaultTarget): boolean {
  const endpoints = asList(fault.endpoint) ?? defaultEndpoints(fault);
  if (!endpoints.includes(target.endpoint)) return false;
  const regions = asList(fault.region);
  if (regions && !regions.includes(target.region)) return false;
  if (fault.email !== undefined) {
    if (target.email?.toLowerCase() !== fault.email.toLowerCase()) return false;
  }
  if (fault.patientId !== undefined && target.patientId !== fault.patientId) return false;
  return true;
}

export function createFaultRegistry(): FaultRegistry {
  let faults: ActiveFault[] = [];
  let nextId = 1;
  return {
    inject(fault) {
      const active: ActiveFault = {
        id: `f${nextId++}`,
        fault,
        remaining: fault.times ?? null,
        hits: 0,
      };
      faults.push(active);
      return { ...active };
    },
    remove(id) {
      const before = faults.length;
      faults = faults.filter((f) => f.id !== id);
      return faults.length !== before;
    },
    list: () => faults.map((f) => ({ ...f })),
    clear() {
      faults = [];
    },
    find<K extends FaultKind>(target: FaultTarget, kinds: readonly K[]) {
      const found = faults.find(
        (f) => (kinds as readonly FaultKind[]).includes(f.fault.kind) && matches(f.fault, target),
      );
      return found as (ActiveFault & { fault: Extract<Fault, { kind: K }> }) | undefined;
    },
    consume(active) {
      active.hits += 1;
      if (active.remaining === null) return;
      active.remaining -= 1;
      if (active.remaining <= 0) faults = faults.filter((f) => f !== active);
    },
  };
}
