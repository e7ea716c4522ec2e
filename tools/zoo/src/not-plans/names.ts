// Invented people and places for the not-plans. No name here belongs to a real plan or institution.
import type { Random } from '../random.ts';

export const PEOPLE: readonly string[] = [
  'Priya Hallam', 'Tomasz Wren', 'Ada Okonjo', 'Gareth Pellow', 'Mei Tanaka-Rowe', 'Callum Birtwistle', 'Rosa Kettering',
  'Imran Sheldrake', 'Jo Ferriday', 'Leah Marwood', 'Dev Ashcombe', 'Hannah Quist', 'Owen Treharne', 'Nadia Colquhoun',
  'Ruth Abernethy', 'Samir Lowden', 'Fiona Gatenby', 'Kwame Ellery', 'Beth Sandiford', 'Lewis Danbury',
];

export const STAFF_ROLES: readonly string[] = [
  'Chemistry Technician', 'Workshop Supervisor', 'Imaging Facility Manager', 'Senior Laboratory Technician', 'Media Technician',
  'Electronics Technician', 'Apprentice Technician', 'Teaching Laboratory Manager', 'Research Technician', 'Technical Manager',
  'HR Partner', 'Learning and Development Adviser',
];

export const DEPARTMENTS: readonly string[] = [
  'Life Sciences', 'Physics', 'Engineering', 'Chemistry', 'Fine Art', 'Geography', 'Psychology', 'Medical School', 'Computing',
  'Earth Sciences',
];

export const ROOMS: readonly string[] = ['Hartley Room', 'Seminar Room 2', 'Cedar Lecture Theatre', 'Atrium', 'Room G.14', 'Online'];

/** `n` distinct invented people with a role and department each. */
export function pickPeople(random: Random, n: number): Array<{ name: string; role: string; department: string }> {
  return random.sample(PEOPLE, n).map((name) => ({ name, role: random.pick(STAFF_ROLES), department: random.pick(DEPARTMENTS) }));
}
