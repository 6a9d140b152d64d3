// Sandboxed preload: bundled into one CommonJS file whose only runtime import is `electron`.
import { contextBridge, ipcRenderer } from 'electron';
import { buildRendererApi } from './build-api';
import { BRIDGE_KEY } from './contract';

contextBridge.exposeInMainWorld(BRIDGE_KEY, buildRendererApi(ipcRenderer));
