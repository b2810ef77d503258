import { contextBridge, ipcRenderer } from 'electron';

// The one typed bridge the renderer sees (window.vanthu). No logic here: every call goes to main,
// which hands it to the same dispatcher the HTTP transport uses.
contextBridge.exposeInMainWorld('vanthu', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('vanthu:invoke', method, input),
  saveFile: (suggestedName: string, contentBase64: string) => ipcRenderer.invoke('vanthu:saveFile', suggestedName, contentBase64),
  openFolder: (filePath: string) => ipcRenderer.invoke('vanthu:openFolder', filePath),
  notify: (title: string, body: string) => ipcRenderer.invoke('vanthu:notify', title, body),
});
