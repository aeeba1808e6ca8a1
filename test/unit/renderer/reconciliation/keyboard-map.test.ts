import { describe, expect, it } from 'vitest';
import {
  commandFor,
  isTypingTarget,
  SHORTCUTS,
  shortcutApplies,
  withShortcut,
  type Command,
} from '../../../../renderer/src/pages/reconciliation/keyboard-map';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}): Command | null =>
  commandFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('workbench keyboard map', () => {
  it('maps the loop keys', () => {
    expect(press('j')).toBe('next');
    expect(press('ArrowDown')).toBe('next');
    expect(press('k')).toBe('previous');
    expect(press('ArrowUp')).toBe('previous');
    expect(press('Enter')).toBe('open');
    expect(press('c')).toBe('confirm');
    expect(press('x')).toBe('reject');
    expect(press('m')).toBe('match');
    expect(press('u')).toBe('unmatch');
    expect(press('r')).toBe('resolve');
    expect(press('a')).toBe('accept');
    expect(press(' ')).toBe('select');
    expect(press('z')).toBe('undo');
    expect(press('/')).toBe('filters');
    expect(press('Escape')).toBe('close');
    expect(press('q')).toBeNull();
  });

  it('takes Ctrl+Z and Cmd+Z as undo and leaves other modified keys to the browser', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('Z', { metaKey: true })).toBe('undo');
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('j', { altKey: true })).toBeNull();
  });

  it('never fires while typing, except Escape to leave the field', () => {
    const input = { tagName: 'INPUT', type: 'text' };
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(shortcutApplies('resolve', input)).toBe(false);
    expect(shortcutApplies('undo', input)).toBe(false);
    expect(shortcutApplies('close', input)).toBe(true);
  });

  it('leaves Enter and Space to the buttons and links that have focus', () => {
    expect(shortcutApplies('open', { tagName: 'BUTTON' })).toBe(false);
    expect(shortcutApplies('select', { tagName: 'A' })).toBe(false);
    expect(shortcutApplies('select', { tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(shortcutApplies('open', { tagName: 'DIV' })).toBe(true);
    expect(shortcutApplies('next', { tagName: 'BUTTON' })).toBe(true);
  });

  it('lists every command once in the legend and teaches it in titles', () => {
    const commands = SHORTCUTS.map((shortcut) => shortcut.command);
    expect(new Set(commands).size).toBe(commands.length);
    expect(commands).toHaveLength(13);
    expect(withShortcut('Resolve', 'resolve')).toBe('Resolve (r)');
    expect(withShortcut('Undo', 'undo')).toBe('Undo (z or Ctrl+Z)');
  });
});
