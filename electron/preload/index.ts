import { contextBridge, ipcRenderer } from 'electron';

// The one typed bridge the renderer sees (window.vanthu). No logic here: every call goes to main,
// which hands it to the same dispatcher the HTTP transport uses.
contextBridge.exposeInMainWorld('vanthu', {
  invoke: (method: string, input: unknown, callId?: string) => ipcRenderer.invoke('vanthu:invoke', method, input, callId),
  onProgress: (listener: (callId: string, progress: unknown) => void) => {
    const forward = (_event: unknown, callId: string, progress: unknown) => listener(callId, progress);
    ipcRenderer.on('vanthu:progress', forward);
    return () => void ipcRenderer.removeListener('vanthu:progress', forward);
  },
  cancel: (callId: string) => ipcRenderer.invoke('vanthu:cancel', callId),
  saveFile: (suggestedName: string, contentBase64: string) => ipcRenderer.invoke('vanthu:saveFile', suggestedName, contentBase64),
  openFolder: (filePath: string) => ipcRenderer.invoke('vanthu:openFolder', filePath),
  notify: (title: string, body: string) => ipcRenderer.invoke('vanthu:notify', title, body),
});
