// protocol, session and net for one app process (docs/api/protocol.md, session.md, net.md).
// - registerSchemesAsPrivileged only before 'ready' (protocol.md: "can only be used before the
//   ready event"); handle() answers with the handler's Fetch Response.
// - A load of a scheme with no handler at the moment the navigation starts fails with
//   net::ERR_UNKNOWN_URL_SCHEME (-302), as electron/electron#6258 shows for a window loaded
//   before its protocol was registered; nothing retries it.
// - net.fetch goes to Node's fetch through this machine's network (network.ts): only
//   127.0.0.1, with LibreLinkUp's hosts answered by the test's simulator.
import { EventEmitter } from 'node:events';

export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class ProtocolModule {
  readonly privileged: Array<{ scheme: string; privileges: Record<string, boolean> }> = [];
  private readonly handlers = new Map<string, ProtocolHandler>();

  constructor(private readonly isReady: () => boolean) {}

  registerSchemesAsPrivileged(
    schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>,
  ): void {
    if (this.isReady())
      throw new Error('registerSchemesAsPrivileged must be called before app is ready');
    // electron/electron#40362: a second call replaces the first registration.
    this.privileged.splice(0, this.privileged.length, ...schemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (!this.isReady()) throw new Error('protocol.handle must be called after app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  handlerFor(scheme: string): ProtocolHandler | undefined {
    return this.handlers.get(scheme);
  }
}

export interface SessionRecord {
  permissionRequest: unknown;
  permissionCheck: unknown;
  devicePermission: unknown;
}

export class Session extends EventEmitter {
  readonly record: SessionRecord = {
    permissionRequest: null,
    permissionCheck: null,
    devicePermission: null,
  };

  setPermissionRequestHandler(handler: unknown): void {
    this.record.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: unknown): void {
    this.record.permissionCheck = handler;
  }

  setDevicePermissionHandler(handler: unknown): void {
    this.record.devicePermission = handler;
  }
}
