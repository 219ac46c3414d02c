// Official names and common short names of police forces, keyed by how Home Office tables label them
// ("Metropolitan", "Avon & Somerset"). Used only to name forces the knowledge does not define yet; a force
// missing here is still imported, under the table's own label. Forces the bundled knowledge already defines
// are left out on purpose: the knowledge is where their names live.

export interface ForceName {
  /** The label in the Home Office tables. */
  label: string;
  name: string;
  aliases?: string[];
}

export const FORCE_NAMES: ForceName[] = [
  {
    label: 'Avon & Somerset',
    name: 'Avon and Somerset Constabulary',
    aliases: ['Avon and Somerset', 'Avon and Somerset Police'],
  },
  { label: 'Bedfordshire', name: 'Bedfordshire Police' },
  { label: 'British Transport Police', name: 'British Transport Police', aliases: ['BTP', 'British Transport'] },
  { label: 'Cambridgeshire', name: 'Cambridgeshire Constabulary' },
  { label: 'Cheshire', name: 'Cheshire Constabulary' },
  { label: 'City of London', name: 'City of London Police' },
  { label: 'Cleveland', name: 'Cleveland Police' },
  { label: 'Cumbria', name: 'Cumbria Constabulary' },
  { label: 'Derbyshire', name: 'Derbyshire Constabulary' },
  { label: 'Devon & Cornwall', name: 'Devon and Cornwall Police', aliases: ['Devon and Cornwall'] },
  { label: 'Dorset', name: 'Dorset Police' },
  { label: 'Durham', name: 'Durham Constabulary' },
  { label: 'Dyfed-Powys', name: 'Dyfed-Powys Police' },
  { label: 'Essex', name: 'Essex Police' },
  { label: 'Gloucestershire', name: 'Gloucestershire Constabulary' },
  { label: 'Greater Manchester', name: 'Greater Manchester Police', aliases: ['GMP'] },
  { label: 'Gwent', name: 'Gwent Police' },
  { label: 'Hertfordshire', name: 'Hertfordshire Constabulary' },
  { label: 'Humberside', name: 'Humberside Police' },
  { label: 'Kent', name: 'Kent Police' },
  { label: 'Lancashire', name: 'Lancashire Constabulary' },
  { label: 'Leicestershire', name: 'Leicestershire Police' },
  { label: 'Lincolnshire', name: 'Lincolnshire Police' },
  { label: 'Merseyside', name: 'Merseyside Police' },
  {
    label: 'Metropolitan',
    name: 'Metropolitan Police Service',
    aliases: ['Met', 'Met Police', 'Metropolitan Police', 'MPS'],
  },
  { label: 'Norfolk', name: 'Norfolk Constabulary' },
  { label: 'North Wales', name: 'North Wales Police' },
  { label: 'North Yorkshire', name: 'North Yorkshire Police' },
  { label: 'Northamptonshire', name: 'Northamptonshire Police' },
  { label: 'Northumbria', name: 'Northumbria Police' },
  { label: 'Nottinghamshire', name: 'Nottinghamshire Police' },
  { label: 'South Wales', name: 'South Wales Police' },
  { label: 'South Yorkshire', name: 'South Yorkshire Police' },
  { label: 'Staffordshire', name: 'Staffordshire Police' },
  { label: 'Suffolk', name: 'Suffolk Constabulary' },
  { label: 'Surrey', name: 'Surrey Police' },
  { label: 'Sussex', name: 'Sussex Police' },
  { label: 'Warwickshire', name: 'Warwickshire Police' },
  { label: 'West Mercia', name: 'West Mercia Police' },
  { label: 'West Midlands', name: 'West Midlands Police', aliases: ['WMP'] },
  { label: 'West Yorkshire', name: 'West Yorkshire Police' },
  { label: 'Wiltshire', name: 'Wiltshire Police' },
];
