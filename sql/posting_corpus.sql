-- Every posting of test/corpus/ (written for this project) parsed; the
-- expected output was reviewed posting by posting against the text.
-- parserVersion is removed because it carries the taxonomy version.
-- Files are read with psql backticks; pg_regress runs from the repository root.
\pset format unaligned
\pset tuples_only on
\set raw `cat test/corpus/001_ml-fraud-board.txt`
SELECT '001_ml-fraud-board.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/002_data-engineer-contract-board.txt`
SELECT '002_data-engineer-contract-board.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/003_search-director-headed.txt`
SELECT '003_search-director-headed.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/004_pricing-ml-paragraph.txt`
SELECT '004_pricing-ml-paragraph.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/005_backend-payments-paragraph.txt`
SELECT '005_backend-payments-paragraph.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/006_rn-med-surg-linkedin.txt`
SELECT '006_rn-med-surg-linkedin.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/007_pt-per-diem-glassdoor.txt`
SELECT '007_pt-per-diem-glassdoor.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/008_electrician-journeyman-dice.txt`
SELECT '008_electrician-journeyman-dice.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/009_heavy-equipment-operator-caps.txt`
SELECT '009_heavy-equipment-operator-caps.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/010_hvac-tech-bullets.txt`
SELECT '010_hvac-tech-bullets.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/011_warehouse-associate-gjobs.txt`
SELECT '011_warehouse-associate-gjobs.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/012_store-manager-london.txt`
SELECT '012_store-manager-london.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/013_software-engineer-leeds.txt`
SELECT '013_software-engineer-leeds.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/014_backend-developer-berlin.txt`
SELECT '014_backend-developer-berlin.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/015_transport-planner-rotterdam.txt`
SELECT '015_transport-planner-rotterdam.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/016_data-scientist-bengaluru.txt`
SELECT '016_data-scientist-bengaluru.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/017_qa-engineer-pune.txt`
SELECT '017_qa-engineer-pune.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/018_analytics-intern-hyderabad.txt`
SELECT '018_analytics-intern-hyderabad.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/019_admin-assistant-temp-toronto.txt`
SELECT '019_admin-assistant-temp-toronto.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/020_paralegal-glassdoor.txt`
SELECT '020_paralegal-glassdoor.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/021_associate-attorney-per-level.txt`
SELECT '021_associate-attorney-per-level.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/022_account-executive-linkedin.txt`
SELECT '022_account-executive-linkedin.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/023_enterprise-sales-director-remote.txt`
SELECT '023_enterprise-sales-director-remote.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/024_executive-assistant-hybrid.txt`
SELECT '024_executive-assistant-hybrid.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/025_math-teacher-salary-schedule.txt`
SELECT '025_math-teacher-salary-schedule.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/026_preschool-assistant-parttime.txt`
SELECT '026_preschool-assistant-parttime.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/027_line-cook-restaurant.txt`
SELECT '027_line-cook-restaurant.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/028_front-desk-agent-hotel.txt`
SELECT '028_front-desk-agent-hotel.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/029_cdl-driver-regional.txt`
SELECT '029_cdl-driver-regional.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/030_logistics-ops-manager.txt`
SELECT '030_logistics-ops-manager.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/031_medical-assistant-gjobs.txt`
SELECT '031_medical-assistant-gjobs.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/032_travel-ot-contract.txt`
SELECT '032_travel-ot-contract.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/033_java-developer-dice.txt`
SELECT '033_java-developer-dice.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/034_frontend-engineer-remote.txt`
SELECT '034_frontend-engineer-remote.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/035_swe-intern-summer.txt`
SELECT '035_swe-intern-summer.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/036_data-analyst-glassdoor.txt`
SELECT '036_data-analyst-glassdoor.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/037_research-scientist-levels.txt`
SELECT '037_research-scientist-levels.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/038_senior-accountant-hybrid.txt`
SELECT '038_senior-accountant-hybrid.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/039_financial-analyst-toronto.txt`
SELECT '039_financial-analyst-toronto.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/040_electrician-apprentice.txt`
SELECT '040_electrician-apprentice.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/041_rn-emergency-sydney.txt`
SELECT '041_rn-emergency-sydney.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/042_customer-success-amsterdam.txt`
SELECT '042_customer-success-amsterdam.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/043_volunteer-literacy-tutor.txt`
SELECT '043_volunteer-literacy-tutor.txt' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/044_nurse-practitioner-jsonld.html`
SELECT '044_nurse-practitioner-jsonld.html' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/045_devops-jsonld-conflict.html`
SELECT '045_devops-jsonld-conflict.html' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/046_marketing-coordinator-jsonld.html`
SELECT '046_marketing-coordinator-jsonld.html' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/047_warehouse-shift-lead-br.html`
SELECT '047_warehouse-shift-lead-br.html' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/048_legal-secretary-london.html`
SELECT '048_legal-secretary-london.html' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
\set raw `cat test/corpus/049_ml-engineer-greenhouse.html`
SELECT '049_ml-engineer-greenhouse.html' AS posting, jsonb_pretty(parse_posting(:'raw') #- '{jobreq,parserVersion}');
-- Evidence: every span's text is the input at its 0-based character offsets.
\pset tuples_only off
\pset format aligned
CREATE TEMP TABLE corpus_raw (name text, raw text);
\set raw `cat test/corpus/001_ml-fraud-board.txt`
INSERT INTO corpus_raw VALUES ('001_ml-fraud-board.txt', :'raw');
\set raw `cat test/corpus/002_data-engineer-contract-board.txt`
INSERT INTO corpus_raw VALUES ('002_data-engineer-contract-board.txt', :'raw');
\set raw `cat test/corpus/003_search-director-headed.txt`
INSERT INTO corpus_raw VALUES ('003_search-director-headed.txt', :'raw');
\set raw `cat test/corpus/004_pricing-ml-paragraph.txt`
INSERT INTO corpus_raw VALUES ('004_pricing-ml-paragraph.txt', :'raw');
\set raw `cat test/corpus/005_backend-payments-paragraph.txt`
INSERT INTO corpus_raw VALUES ('005_backend-payments-paragraph.txt', :'raw');
\set raw `cat test/corpus/006_rn-med-surg-linkedin.txt`
INSERT INTO corpus_raw VALUES ('006_rn-med-surg-linkedin.txt', :'raw');
\set raw `cat test/corpus/007_pt-per-diem-glassdoor.txt`
INSERT INTO corpus_raw VALUES ('007_pt-per-diem-glassdoor.txt', :'raw');
\set raw `cat test/corpus/008_electrician-journeyman-dice.txt`
INSERT INTO corpus_raw VALUES ('008_electrician-journeyman-dice.txt', :'raw');
\set raw `cat test/corpus/009_heavy-equipment-operator-caps.txt`
INSERT INTO corpus_raw VALUES ('009_heavy-equipment-operator-caps.txt', :'raw');
\set raw `cat test/corpus/010_hvac-tech-bullets.txt`
INSERT INTO corpus_raw VALUES ('010_hvac-tech-bullets.txt', :'raw');
\set raw `cat test/corpus/011_warehouse-associate-gjobs.txt`
INSERT INTO corpus_raw VALUES ('011_warehouse-associate-gjobs.txt', :'raw');
\set raw `cat test/corpus/012_store-manager-london.txt`
INSERT INTO corpus_raw VALUES ('012_store-manager-london.txt', :'raw');
\set raw `cat test/corpus/013_software-engineer-leeds.txt`
INSERT INTO corpus_raw VALUES ('013_software-engineer-leeds.txt', :'raw');
\set raw `cat test/corpus/014_backend-developer-berlin.txt`
INSERT INTO corpus_raw VALUES ('014_backend-developer-berlin.txt', :'raw');
\set raw `cat test/corpus/015_transport-planner-rotterdam.txt`
INSERT INTO corpus_raw VALUES ('015_transport-planner-rotterdam.txt', :'raw');
\set raw `cat test/corpus/016_data-scientist-bengaluru.txt`
INSERT INTO corpus_raw VALUES ('016_data-scientist-bengaluru.txt', :'raw');
\set raw `cat test/corpus/017_qa-engineer-pune.txt`
INSERT INTO corpus_raw VALUES ('017_qa-engineer-pune.txt', :'raw');
\set raw `cat test/corpus/018_analytics-intern-hyderabad.txt`
INSERT INTO corpus_raw VALUES ('018_analytics-intern-hyderabad.txt', :'raw');
\set raw `cat test/corpus/019_admin-assistant-temp-toronto.txt`
INSERT INTO corpus_raw VALUES ('019_admin-assistant-temp-toronto.txt', :'raw');
\set raw `cat test/corpus/020_paralegal-glassdoor.txt`
INSERT INTO corpus_raw VALUES ('020_paralegal-glassdoor.txt', :'raw');
\set raw `cat test/corpus/021_associate-attorney-per-level.txt`
INSERT INTO corpus_raw VALUES ('021_associate-attorney-per-level.txt', :'raw');
\set raw `cat test/corpus/022_account-executive-linkedin.txt`
INSERT INTO corpus_raw VALUES ('022_account-executive-linkedin.txt', :'raw');
\set raw `cat test/corpus/023_enterprise-sales-director-remote.txt`
INSERT INTO corpus_raw VALUES ('023_enterprise-sales-director-remote.txt', :'raw');
\set raw `cat test/corpus/024_executive-assistant-hybrid.txt`
INSERT INTO corpus_raw VALUES ('024_executive-assistant-hybrid.txt', :'raw');
\set raw `cat test/corpus/025_math-teacher-salary-schedule.txt`
INSERT INTO corpus_raw VALUES ('025_math-teacher-salary-schedule.txt', :'raw');
\set raw `cat test/corpus/026_preschool-assistant-parttime.txt`
INSERT INTO corpus_raw VALUES ('026_preschool-assistant-parttime.txt', :'raw');
\set raw `cat test/corpus/027_line-cook-restaurant.txt`
INSERT INTO corpus_raw VALUES ('027_line-cook-restaurant.txt', :'raw');
\set raw `cat test/corpus/028_front-desk-agent-hotel.txt`
INSERT INTO corpus_raw VALUES ('028_front-desk-agent-hotel.txt', :'raw');
\set raw `cat test/corpus/029_cdl-driver-regional.txt`
INSERT INTO corpus_raw VALUES ('029_cdl-driver-regional.txt', :'raw');
\set raw `cat test/corpus/030_logistics-ops-manager.txt`
INSERT INTO corpus_raw VALUES ('030_logistics-ops-manager.txt', :'raw');
\set raw `cat test/corpus/031_medical-assistant-gjobs.txt`
INSERT INTO corpus_raw VALUES ('031_medical-assistant-gjobs.txt', :'raw');
\set raw `cat test/corpus/032_travel-ot-contract.txt`
INSERT INTO corpus_raw VALUES ('032_travel-ot-contract.txt', :'raw');
\set raw `cat test/corpus/033_java-developer-dice.txt`
INSERT INTO corpus_raw VALUES ('033_java-developer-dice.txt', :'raw');
\set raw `cat test/corpus/034_frontend-engineer-remote.txt`
INSERT INTO corpus_raw VALUES ('034_frontend-engineer-remote.txt', :'raw');
\set raw `cat test/corpus/035_swe-intern-summer.txt`
INSERT INTO corpus_raw VALUES ('035_swe-intern-summer.txt', :'raw');
\set raw `cat test/corpus/036_data-analyst-glassdoor.txt`
INSERT INTO corpus_raw VALUES ('036_data-analyst-glassdoor.txt', :'raw');
\set raw `cat test/corpus/037_research-scientist-levels.txt`
INSERT INTO corpus_raw VALUES ('037_research-scientist-levels.txt', :'raw');
\set raw `cat test/corpus/038_senior-accountant-hybrid.txt`
INSERT INTO corpus_raw VALUES ('038_senior-accountant-hybrid.txt', :'raw');
\set raw `cat test/corpus/039_financial-analyst-toronto.txt`
INSERT INTO corpus_raw VALUES ('039_financial-analyst-toronto.txt', :'raw');
\set raw `cat test/corpus/040_electrician-apprentice.txt`
INSERT INTO corpus_raw VALUES ('040_electrician-apprentice.txt', :'raw');
\set raw `cat test/corpus/041_rn-emergency-sydney.txt`
INSERT INTO corpus_raw VALUES ('041_rn-emergency-sydney.txt', :'raw');
\set raw `cat test/corpus/042_customer-success-amsterdam.txt`
INSERT INTO corpus_raw VALUES ('042_customer-success-amsterdam.txt', :'raw');
\set raw `cat test/corpus/043_volunteer-literacy-tutor.txt`
INSERT INTO corpus_raw VALUES ('043_volunteer-literacy-tutor.txt', :'raw');
\set raw `cat test/corpus/044_nurse-practitioner-jsonld.html`
INSERT INTO corpus_raw VALUES ('044_nurse-practitioner-jsonld.html', :'raw');
\set raw `cat test/corpus/045_devops-jsonld-conflict.html`
INSERT INTO corpus_raw VALUES ('045_devops-jsonld-conflict.html', :'raw');
\set raw `cat test/corpus/046_marketing-coordinator-jsonld.html`
INSERT INTO corpus_raw VALUES ('046_marketing-coordinator-jsonld.html', :'raw');
\set raw `cat test/corpus/047_warehouse-shift-lead-br.html`
INSERT INTO corpus_raw VALUES ('047_warehouse-shift-lead-br.html', :'raw');
\set raw `cat test/corpus/048_legal-secretary-london.html`
INSERT INTO corpus_raw VALUES ('048_legal-secretary-london.html', :'raw');
\set raw `cat test/corpus/049_ml-engineer-greenhouse.html`
INSERT INTO corpus_raw VALUES ('049_ml-engineer-greenhouse.html', :'raw');
SELECT count(*) AS postings,
       sum((SELECT count(*)
              FROM jsonb_each(parse_posting(raw, true)->'jobreq'->'evidence') f,
                   jsonb_array_elements(f.value) e)) AS spans,
       bool_and((SELECT bool_and(substr(raw, (e->>'start')::int + 1,
                                        (e->>'end')::int - (e->>'start')::int) = e->>'text')
                   FROM jsonb_each(parse_posting(raw, true)->'jobreq'->'evidence') f,
                        jsonb_array_elements(f.value) e)) AS all_spans_match
  FROM corpus_raw;
-- Evidence does not change the document otherwise.
SELECT bool_and((parse_posting(raw, true) #- '{jobreq,evidence}') = parse_posting(raw))
       AS same_without_evidence
  FROM corpus_raw;
