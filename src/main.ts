import './ui/styles.css';
import { App } from './ui/app.ts';
import type { KeyValueStore } from './ui/storage.ts';

/** localStorage, or a store that always fails when the browser forbids it, so the failure is reported. */
function browserStore(): KeyValueStore {
  try {
    return window.localStorage;
  } catch (error) {
    const refuse = () => {
      throw error;
    };
    return { getItem: refuse, setItem: refuse, removeItem: refuse };
  }
}

const root = document.getElementById('app');
if (root) void new App(root, browserStore()).start();
