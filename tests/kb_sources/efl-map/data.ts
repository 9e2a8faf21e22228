export const FullClubList = [
  {
    id: '020c0ff2',
    name: 'Stoke City',
    alternativeNames: ['Stoke City'],
    stadium: 'Britannia Stadium',
    league: 'EFL Championship',
    coords: {
      lat: 52.988333333,
      lng: -2.175555555,
    },
    badgeLink:
      'https://upload.wikimedia.org/wikipedia/en/2/29/Stoke_City_FC.svg',
    wikiId: {
      club: 'Q18736',
      stadium: 'Q500922',
      league: 'Q19510',
      articlePath: 'Stoke_City_F.C.',
    },
  },
  {
];
