// The workbench's keyboard loop as data: which key does what, and when a key belongs to the page
// rather than to the control that has focus. Kept free of the DOM so it can be tested as logic.

export type Command =
  | 'next'
  | 'previous'
  | 'open'
  | 'confirm'
  | 'reject'
  | 'match'
  | 'unmatch'
  | 'resolve'
  | 'accept'
  | 'select'
  | 'undo'
  | 'filters'
  | 'close';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What the keyboard event's target is, as far as shortcuts care. */
export interface KeyTarget {
  tagName: string;
  /** The type attribute of an <input>. */
  type?: string;
  isContentEditable?: boolean;
}

const PLAIN_KEYS: Readonly<Record<string, Command>> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Enter: 'open',
  c: 'confirm',
  x: 'reject',
  m: 'match',
  u: 'unmatch',
  r: 'resolve',
  a: 'accept',
  ' ': 'select',
  z: 'undo',
  '/': 'filters',
  Escape: 'close',
};

/** The command a key press asks for, or null. Other modified keys stay the browser's. */
export function commandFor(press: KeyPress): Command | null {
  if (press.altKey) return null;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'z' ? 'undo' : null;
  return PLAIN_KEYS[press.key] ?? null;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Typing in a field: letters are text there, never shortcuts. */
export function isTypingTarget(target: KeyTarget): boolean {
  if (target.isContentEditable === true) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** A control that Enter or Space already activates by itself. */
function activatesItself(target: KeyTarget): boolean {
  const tag = target.tagName.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT';
}

/**
 * Whether the page should act on the command with focus on this target. Escape still works from
 * a field (it leaves the field); Enter and Space keep their own meaning on buttons and links.
 */
export function shortcutApplies(command: Command, target: KeyTarget): boolean {
  if (isTypingTarget(target)) return command === 'close';
  if (command === 'open' || command === 'select') return !activatesItself(target);
  return true;
}

export interface Shortcut {
  command: Command;
  /** As printed in the legend. */
  keys: readonly string[];
  does: string;
}

/** The legend, in the order of the loop. */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'next', keys: ['j', '↓'], does: 'next item' },
  { command: 'previous', keys: ['k', '↑'], does: 'previous item' },
  { command: 'open', keys: ['Enter'], does: 'open side by side' },
  { command: 'confirm', keys: ['c'], does: 'confirm the top suggestion' },
  { command: 'reject', keys: ['x'], does: 'reject the top suggestion' },
  { command: 'match', keys: ['m'], does: 'match by hand' },
  { command: 'unmatch', keys: ['u'], does: 'unmatch' },
  { command: 'resolve', keys: ['r'], does: 'resolve with a reason' },
  { command: 'accept', keys: ['a'], does: 'accept' },
  { command: 'select', keys: ['Space'], does: 'select for a bulk action' },
  { command: 'undo', keys: ['z', 'Ctrl+Z'], does: 'undo the last decision' },
  { command: 'filters', keys: ['/'], does: 'go to the filters' },
  { command: 'close', keys: ['Esc'], does: 'close' },
];

const ARIA_KEY_NAMES: Readonly<Record<string, string>> = { '↓': 'ArrowDown', '↑': 'ArrowUp', Esc: 'Escape', 'Ctrl+Z': 'Control+Z' };

/** The aria-keyshortcuts value of a command: "z Control+Z". */
export function ariaKeyShortcuts(command: Command): string {
  const keys = SHORTCUTS.find((entry) => entry.command === command)?.keys ?? [];
  return keys.map((key) => ARIA_KEY_NAMES[key] ?? key).join(' ');
}

/** "Resolve (r)": a button's title that teaches its shortcut. */
export function withShortcut(label: string, command: Command): string {
  const shortcut = SHORTCUTS.find((entry) => entry.command === command);
  return shortcut ? `${label} (${shortcut.keys.join(' or ')})` : label;
}
