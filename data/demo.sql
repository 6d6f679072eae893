-- Demo data for `notulist init --demo`: a FICTIONAL joint arrangement.
-- Every person below is invented; any likeness to a real client is chance.
-- The three municipalities are those of GR IJsselgemeenten; the weights
-- follow the rough ratio of their assistance clients (Capelle about 1,850
-- in 2019-2020, the two others far fewer): 3 : 1 : 1.
-- Runs inside the program's transaction, on an empty database only.
-- notulist_fold(), notulist_today() and notulist_now() (a UTC stamp) are
-- SQL functions of the program.

INSERT INTO setting (key, value) VALUES ('gr_name', 'GR IJsselgemeenten (demo)');

INSERT INTO municipality (name, name_key, weight, created_at) VALUES
	('Capelle aan den IJssel', notulist_fold('Capelle aan den IJssel'), 3, notulist_now()),
	('Krimpen aan den IJssel', notulist_fold('Krimpen aan den IJssel'), 1, notulist_now()),
	('Zuidplas', notulist_fold('Zuidplas'), 1, notulist_now());

CREATE TEMP TABLE demo_person (name TEXT, municipality TEXT, role TEXT);
INSERT INTO demo_person VALUES
	('Zoë de Vries', 'Capelle aan den IJssel', 'client'),
	('Anaïs Bakker', 'Capelle aan den IJssel', 'client'),
	('Noël Jansen', 'Capelle aan den IJssel', 'client'),
	('Joëlle Visser', 'Capelle aan den IJssel', 'client'),
	('Daniël Smit', 'Capelle aan den IJssel', 'client'),
	('René Mulder', 'Capelle aan den IJssel', 'client'),
	('Fatima el Amrani', 'Capelle aan den IJssel', 'client'),
	('Priya Ramdin', 'Capelle aan den IJssel', 'client'),
	('Kees de Graaf', 'Capelle aan den IJssel', 'client'),
	('Marieke Bos', 'Capelle aan den IJssel', 'client'),
	('Ahmed Benali', 'Capelle aan den IJssel', 'client'),
	('Loïs Hendriks', 'Capelle aan den IJssel', 'client'),
	('Chloë van Leeuwen', 'Krimpen aan den IJssel', 'client'),
	('Sjoerd Hoekstra', 'Krimpen aan den IJssel', 'client'),
	('Inês Tavares', 'Krimpen aan den IJssel', 'client'),
	('Henk Verbeek', 'Krimpen aan den IJssel', 'client'),
	('Gülşen Demir', 'Zuidplas', 'client'),
	('Pieter Brouwer', 'Zuidplas', 'client'),
	('Ilse Kramer', 'Zuidplas', 'client'),
	('Dirk-Jan Wouters', 'Zuidplas', 'client'),
	('Margreet Ooms', NULL, 'chair'),
	('Tom Schouten', NULL, 'official');

INSERT INTO person (name, name_key, municipality_id, role, active_from, created_at)
SELECT d.name, notulist_fold(d.name), m.id, d.role, notulist_today(), notulist_now()
FROM demo_person d LEFT JOIN municipality m ON m.name = d.municipality
ORDER BY d.rowid;

DROP TABLE demo_person;

INSERT INTO meeting (date, start_time, location, chair_id, quorum_min, created_at)
SELECT notulist_today(), '14:00', 'Gemeentehuis Capelle aan den IJssel, zaal 2',
       (SELECT id FROM person WHERE name = 'Margreet Ooms'), 12, notulist_now();
