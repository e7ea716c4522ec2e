// Invented action content for the zoo, by main theme. Written for the zoo; no wording here is
// taken from a fixture or a real plan. [title, description, measure]
import type { ThemeId } from '@tc/model';

export type PoolEntry = readonly [title: string, description: string, measure: string];

export const ACTION_POOL: Readonly<Record<ThemeId, readonly PoolEntry[]>> = {
  visibility: [
    ['Publish a directory of technical staff', 'Every technical team lists its people, skills and facilities on one searchable intranet page.', 'Directory live with at least 90% of technical staff listed'],
    ['Run an annual technical showcase', 'An open day where technical teams demonstrate equipment and services to academic colleagues and students.', 'Showcase held each spring with more than 150 visitors'],
    ['Name technical contributors on research outputs', 'Guidance for research groups on acknowledging or co-authoring technical staff in papers and datasets.', 'Guidance adopted by all faculties; acknowledgements audited yearly'],
    ['Feature technicians in the staff newsletter', 'A regular column telling the story of one technical role and what it makes possible.', 'One feature in every issue of the newsletter'],
    ['Add technical roles to induction for new academics', 'New academic staff meet their faculty technical manager during their first month.', 'All new academics complete the technical induction session'],
    ['Create a technician network page on the public website', 'A public page describing technical careers, teams and facilities, with case studies.', 'Page published and updated every term'],
    ['Invite technical staff to present at departmental seminars', 'Each department reserves seminar slots for technical colleagues to present their work.', 'At least two technician-led seminars per department per year'],
    ['Celebrate technicians during a dedicated week each year', 'A week of tours, talks and social events highlighting technical work across the campus.', 'Celebration week held annually with events in every faculty'],
    ['Map where technical staff work and what they support', 'A survey of technical posts, locations and services, kept up to date by faculty managers.', 'Map complete and reviewed every twelve months'],
    ['Include technicians in open day tours for applicants', 'Technical staff host laboratory and workshop visits for prospective students.', 'Technician-hosted tours on every open day'],
    ['Display photographs of technical teams in buildings', 'Team boards at the entrance of each building with names and roles of technical staff.', 'Boards installed in all teaching buildings'],
    ['Record short films about technical careers', 'A series of short videos in which technical staff explain their roles to school pupils.', 'Six films released and viewed at outreach events'],
  ],
  recognition: [
    ['Fund professional registration fees for technicians', 'The institution pays application and first-year fees for registration with a professional body.', 'Number of registered technicians doubles over the plan period'],
    ['Launch an internal award for technical excellence', 'A yearly award with categories for innovation, teaching support and service, judged by a mixed panel.', 'Award launched with nominations from every faculty'],
    ['Nominate technical staff for national awards', 'Managers identify and support candidates for sector and national award schemes.', 'At least five nominations submitted each year'],
    ['Include technical contributions in promotion criteria', 'Promotion and regrading criteria recognise training delivered, innovation and service to research.', 'Revised criteria approved by the people committee'],
    ['Appoint registration champions in each faculty', 'Trained volunteers who guide colleagues through professional registration applications.', 'A champion in every faculty; twenty applications supported'],
    ['Thank technical teams in the annual report', 'The annual report names technical teams alongside academic achievements.', 'Technical achievements section in every annual report'],
    ['Recognise technical staff in grant applications', 'Research office templates include named technical roles and their costs.', 'Templates updated; share of bids naming technical staff tracked'],
    ['Offer a long-service recognition scheme', 'Certificates and an event marking ten, twenty and thirty years of technical service.', 'Scheme running with an annual event'],
    ['Support applications for technical fellowships', 'Mentoring and writing time for technicians applying for fellowship schemes.', 'Three fellowship applications supported per year'],
    ['Publish the number of registered technicians each year', 'An annual figure of technicians holding professional registration, by faculty.', 'Figure published in the yearly progress report'],
    ['Credit technical staff on conference posters', 'Encourage research groups to name technical contributors on posters and talks.', 'Guidance circulated and adoption sampled each year'],
    ['Create a peer recognition scheme', 'A simple way for any colleague to thank a technician, with monthly highlights.', 'More than 100 thank-you notes in the first year'],
  ],
  'career-development': [
    ['Define career pathways for technical roles', 'Documented routes from entry to senior technical posts, with the skills each step needs.', 'Pathways published for every technical job family'],
    ['Launch a mentoring scheme for technicians', 'Pairs technical staff with mentors inside and outside their own department.', 'Thirty mentoring pairs active by the end of year two'],
    ['Protect time for training and development', 'Every technician agrees a number of development days each year with their manager.', 'Average of five development days per technician per year'],
    ['Create a technical apprenticeship programme', 'Apprenticeships in laboratory, engineering and digital roles with a dedicated coordinator.', 'Ten apprentices recruited over the plan period'],
    ['Offer secondments to other technical teams', 'Short placements in another department or a partner institution to broaden skills.', 'Eight secondments completed'],
    ['Build a training catalogue for technical staff', 'One catalogue of internal and external courses relevant to technical roles.', 'Catalogue online and reviewed yearly'],
    ['Review job descriptions of technical posts', 'Align job descriptions with current duties and with the career pathways.', 'All technical job descriptions reviewed by the end of year one'],
    ['Run leadership training for technical managers', 'A cohort programme on people management, budgeting and strategy for senior technicians.', 'Two cohorts completed with positive evaluation'],
    ['Fund attendance at technical conferences', 'A small fund technicians can apply to for conference fees and travel.', 'Fund fully used each year; attendance reported'],
    ['Include development plans in annual reviews', 'Appraisal forms for technical staff include a career development section.', '95% of appraisals include a development plan'],
    ['Open teaching qualifications to technicians', 'Technical staff who teach can take the institution\'s teaching certificate.', 'Ten technicians enrolled on the certificate'],
    ['Establish a technical skills exchange', 'Technicians offer short sessions teaching their specialist skills to one another.', 'Twelve exchange sessions a year'],
  ],
  sustainability: [
    ['Plan succession for specialist technical posts', 'Identify posts whose skills would be lost on retirement and plan handover in advance.', 'Succession plans in place for all posts marked at risk'],
    ['Collect workforce data on technical staff', 'An annual profile of the technical workforce by age, grade, gender and contract type.', 'Profile produced and reported to the steering group each year'],
    ['Share equipment and expertise across departments', 'A booking system and service agreements so facilities and skills are used beyond one department.', 'Shared booking system used by all core facilities'],
    ['Report progress to the senior leadership team', 'A yearly report on the action plan with figures and next steps.', 'Report received and minuted by the senior team'],
    ['Form a technician steering group', 'A group with members from every faculty that oversees the plan and hears staff views.', 'Group meets at least four times a year'],
    ['Survey technical staff every two years', 'A survey of satisfaction, workload and development needs, compared over time.', 'Response rate above 60%; results published'],
    ['Include technicians in capital planning', 'Technical managers take part in decisions on new buildings and major equipment.', 'Technical representation on all capital project boards'],
    ['Document critical technical procedures', 'Write down procedures known only to one or two people so knowledge is kept.', 'Procedures documented for every core facility'],
    ['Recruit from a wider range of backgrounds', 'Advertise technical posts in new places and review wording for inclusion.', 'Applications from under-represented groups rise year on year'],
    ['Join the regional technical network', 'Take part in meetings and shared training with nearby institutions.', 'Attendance at every network meeting; two joint events'],
    ['Reduce waste in laboratory operations', 'Technical teams lead on reuse, recycling and energy saving in laboratories.', 'Laboratory waste reduced by 15%'],
    ['Review workloads of technical teams', 'Compare staffing with demand for services and agree where posts are needed.', 'Workload review completed and actions agreed'],
  ],
};

export const OWNERS: readonly string[] = [
  'Head of Technical Services', 'Director of HR', 'Technical Steering Group', 'Faculty Technical Managers', 'Communications Team',
  'Organisational Development', 'Research Office', 'Pro Vice-Chancellor (Research)', 'Learning and Development Team', 'Estates',
  'Technician Network Chair', 'Faculty Operations Managers', 'Senior Technical Manager', 'Equality and Diversity Lead', 'Registration Champions',
];

export const STATUSES: readonly string[] = ['Not started', 'In progress', 'On track', 'Complete', 'Green', 'Amber', 'Red', 'Ongoing'];

export const INSTITUTIONS: readonly string[] = [
  'University of Northmoor', 'Fenwick University', 'Harrowgate Institute of Technology', 'University of East Calder', 'Marlstone University',
  'Kingsbridge Institute', 'University of Wexcombe', 'Aldermoor University', 'Ravensby Research Institute', 'University of Thornfield',
  'Castleford Hill University', 'Brackenridge Institute', 'University of Saltmarsh', 'Oakhurst University', 'Lynwood Institute of Science',
  'University of Ferrybridge', 'Elmhurst University', 'Whitmoor Research Institute', 'University of Greystone', 'Penhallow University',
];

export const INTRO_SENTENCES: readonly string[] = [
  'Technical staff are central to our teaching and research, and this plan sets out how we will support them.',
  'The plan was written by a working group of technicians and managers after a survey of all technical staff.',
  'Progress will be reviewed twice a year and reported to the senior leadership team.',
  'We signed the Technician Commitment and have since completed a self-assessment of our practice.',
  'This document replaces our first plan and builds on what we learnt from it.',
  'Around four hundred technical staff work across our faculties, institutes and professional services.',
];
