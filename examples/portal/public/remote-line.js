import { api } from './api.js';

/** The board's view of a line that lives on the server: state over HTTP, changes over SSE. */
export class RemoteLine {
  #state;
  #config;
  #offset = 0;
  #listeners = new Set();

  async refresh() {
    const { data } = await api('GET', '/api/state');
    this.#offset = data.serverTime - Date.now();
    const changed = !this.#state || data.state.version !== this.#state.version || data.config.version !== this.configVersion;
    this.#state = data.state;
    this.#config = data.config.document;
    this.configVersion = data.config.version;
    if (changed) for (const listener of this.#listeners) listener(this.#state);
  }

  getState() {
    return this.#state;
  }
  getConfig() {
    return this.#config;
  }
  clock = () => Date.now() + this.#offset;
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  async moveLead(leadId, toStage, by) {
    const { status, data } = await api('POST', '/api/moves', { leadId, toStage, ...(by ? { by } : {}) });
    if (status >= 400 && !data.reasons) return { ok: false, reasons: [data.error ?? `The server answered ${status}.`] };
    await this.refresh();
    return data;
  }
}
