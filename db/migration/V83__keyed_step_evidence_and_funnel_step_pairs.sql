-- Two changes of issue 19: step evidence as message keys (1), the funnel's step pairs (2).
-- (1) Step evidence is stored as a message key with its arguments (assessment.Evidence: "evidence.P2.runningSince|2023-06",
-- arguments after "|", with % | " \ of an argument written %25 %7C %22 %5C), so that pages show it in the reader's
-- language. This turns the sentences the portal wrote before into that form wherever they are recognised: a
-- completion's evidence, the current steps of each participant and the evidence argument of a timeline entry. A
-- sentence not recognised (a capital note cut at 500 characters) stays and is shown as it is, as are the
-- assessments themselves, which are never rewritten (a trigger refuses it).
CREATE OR REPLACE FUNCTION pg_temp.evidence_argument(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT replace(replace(replace(replace(value, '%', '%25'), '|', '%7C'), '"', '%22'), '\', '%5C')
$$;

CREATE OR REPLACE FUNCTION pg_temp.keyed_evidence(sentence text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    m text[];
BEGIN
    IF sentence = 'pembukuan rutin, uang usaha terpisah' THEN
        RETURN 'evidence.P6.bookkeeping';
    ELSIF sentence = 'pernah memperoleh kredit' THEN
        RETURN 'evidence.P7.credit';
    END IF;
    m := regexp_match(sentence, '^usaha berjalan sejak ([0-9]{4}-[0-9]{2})$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P2.runningSince|' || m[1];
    END IF;
    m := regexp_match(sentence, '^([0-9]+) laporan bulanan berturut-turut$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P6.reports|' || m[1];
    END IF;
    m := regexp_match(sentence, '^Sertifikat pelatihan (.+)$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P2.certificate|' || pg_temp.evidence_argument(m[1]);
    END IF;
    m := regexp_match(sentence, '^([0-9]+) sesi pendampingan antara ([0-9-]+) dan ([0-9-]+) \(dalam ([0-9]+) hari\)$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P3.sessions|' || m[1] || '|' || m[2] || '|' || m[3] || '|' || m[4];
    END IF;
    m := regexp_match(sentence, '^(.+) \(diverifikasi petugas\)$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P4.verified|' || pg_temp.evidence_argument(m[1]);
    END IF;
    m := regexp_match(sentence, '^Penjualan pertama lewat gerai DKI: (.+) \(([0-9-]+) s\.d\. ([0-9-]+)\)$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P5.firstSale|' || pg_temp.evidence_argument(m[1]) || '|' || m[2] || '|' || m[3];
    END IF;
    m := regexp_match(sentence, '^Modal (Rp [0-9.]+) dicairkan oleh (.+) \(([^()]*)\)$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P7.capitalAmount|' || m[1] || '|' || pg_temp.evidence_argument(m[2]) || '|'
            || pg_temp.evidence_argument(m[3]);
    END IF;
    m := regexp_match(sentence, '^Modal dicairkan oleh (.+) \(([^()]*)\)$');
    IF m IS NOT NULL THEN
        RETURN 'evidence.P7.capital|' || pg_temp.evidence_argument(m[1]) || '|' || pg_temp.evidence_argument(m[2]);
    END IF;
    RETURN sentence;
END
$$;

UPDATE participant_step_completion
SET evidence = pg_temp.keyed_evidence(evidence)
WHERE pg_temp.keyed_evidence(evidence) <> evidence AND length(pg_temp.keyed_evidence(evidence)) <= 500;

UPDATE assessment_current c
SET step_evidence = (SELECT array_agg(pg_temp.keyed_evidence(e.value) ORDER BY e.i)
                     FROM unnest(c.step_evidence) WITH ORDINALITY AS e(value, i))
WHERE EXISTS (SELECT 1 FROM unnest(c.step_evidence) AS e(value)
              WHERE e.value IS NOT NULL AND pg_temp.keyed_evidence(e.value) <> e.value);

UPDATE participant_timeline
SET args = array[args[1], pg_temp.keyed_evidence(args[2])] || args[3:]
WHERE kind = 'STEP_COMPLETED' AND cardinality(args) >= 2 AND pg_temp.keyed_evidence(args[2]) <> args[2];

-- (2) The dashboard funnel's conversion: of the participants who reached a step, how many also reached the next one
-- (reached_p1_p2 counts those who reached both P1 and P2, and so on). Steps can be recognised out of order, so the
-- ratio of two steps' totals (which this replaces) could pass 100 %. Filled by the next summary refresh.
ALTER TABLE dashboard_participant_cube
    ADD COLUMN IF NOT EXISTS reached_p1_p2 integer NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS reached_p2_p3 integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS reached_p3_p4 integer NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS reached_p4_p5 integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS reached_p5_p6 integer NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS reached_p6_p7 integer NOT NULL DEFAULT 0;
ALTER TABLE dashboard_participant_rollup
    ADD COLUMN IF NOT EXISTS reached_p1_p2 integer NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS reached_p2_p3 integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS reached_p3_p4 integer NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS reached_p4_p5 integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS reached_p5_p6 integer NOT NULL DEFAULT 0, ADD COLUMN IF NOT EXISTS reached_p6_p7 integer NOT NULL DEFAULT 0;
