import type { Prng } from '../prng';
import { CURRENCY_WEIGHTS } from './amounts';
import type { BillingContact, SandboxCustomer } from './types';

const FIRST_NAMES = [
  'Ava', 'Liam', 'Noah', 'Emma', 'Olivia', 'Mateo', 'Sofia', 'Lucas', 'Mia', 'Hiro', 'Yuki', 'Aiko',
  'Omar', 'Layla', 'Fatima', 'Yusuf', 'Chloe', 'Hugo', 'Léa', 'Jonas', 'Greta', 'Finn', 'Isla',
  'Amelia', 'Oliver', 'Harry', 'Grace', 'Ethan', 'Zara', 'Priya', 'Arjun', 'Ines', 'Diego', 'Nora',
] as const;

const LAST_NAMES = [
  'Smith', 'Johnson', 'Garcia', 'Müller', 'Schmidt', 'Dubois', 'Martin', 'Rossi', 'Tanaka', 'Sato',
  'Suzuki', 'Al-Sabah', 'Al-Mutairi', 'Haddad', 'Brown', 'Taylor', 'Wilson', 'Evans', 'Jansen',
  'de Vries', 'Murphy', 'Kelly', 'Novak', 'Kowalski', 'Silva', 'Santos', 'Nguyen', 'Kim', 'Patel',
] as const;

function emailLocalPart(first: string, last: string, index: number): string {
  const clean = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${clean(first)}.${clean(last)}${index}`;
}

/**
 * Customers exist on both sides: a gateway customer and a billing contact for the same person.
 * Emails use the reserved example domains so nothing here can reach a real mailbox.
 */
export function generateCustomers(
  rng: Prng,
  count: number,
  anchorSeconds: number,
): { customers: SandboxCustomer[]; contacts: BillingContact[] } {
  const customers: SandboxCustomer[] = [];
  const contacts: BillingContact[] = [];
  const domains = ['example.com', 'example.org', 'example.net'] as const;
  for (let index = 1; index <= count; index += 1) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const email = `${emailLocalPart(first, last, index)}@${rng.pick(domains)}`;
    // Customers signed up some time in the year before the order window.
    const created = anchorSeconds - rng.int(100, 400) * 86_400 + rng.int(0, 86_399);
    const customer: SandboxCustomer = {
      id: `cus_${rng.chars(14)}`,
      contactId: rng.uuid(),
      name,
      email,
      currency: rng.weighted(CURRENCY_WEIGHTS),
      created,
    };
    customers.push(customer);
    contacts.push({ contactId: customer.contactId, customerId: customer.id, name, email, updatedAt: created * 1000 });
  }
  return { customers, contacts };
}
