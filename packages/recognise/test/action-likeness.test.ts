import { describe, expect, it } from 'vitest';
import { actionLikeness } from '../src/action-likeness.ts';

describe('action-likeness', () => {
  it.each([
    'Create a register of technical skills across faculties',
    'We will run a yearly technician conference',
    'To establish a mentoring scheme for new technicians',
    'Formalise the route to senior technical posts',
    'Technicians will be invited to present at open days',
  ])('%j reads as an action', (text) => {
    expect(actionLikeness(text)).toBeGreaterThan(0.7);
  });

  it.each([
    'Why volunteer?',
    'We need:',
    'Held a showcase with 200 visitors in June',
    'During the last year we have expanded the network to every school',
    'March 2026',
    'Head of Technical Services',
    'Visibility',
    'In progress',
    'Lead: Director of HR',
  ])('%j does not', (text) => {
    expect(actionLikeness(text)).toBeLessThan(0.5);
  });
});
