-- Issue 18: each step on /me shows what completes it in plain words, true to the rule each module enforces (and to
-- the rules of issue 18: only verified licences and reports, confirmed outlet sales and a recorded disbursement
-- count). The numbers are the defaults of jakpreneur.mentoring.p3-sessions / p3-period-days and
-- jakpreneur.programme.p6-consecutive-reports; the missing part shown beside each step is counted from the settings.
UPDATE step_definition s SET completion_rule_id = r.rule_id, completion_rule_en = r.rule_en
FROM (VALUES
    ('P1', 'Pendaftaran divalidasi petugas kecamatan.', 'The registration is validated by the kecamatan officer.'),
    ('P2', 'Sertifikat kelas pelatihan dasar: hadir minimal sebanyak sesi yang ditetapkan kelas.',
     'A basic training certificate: attending at least the number of sessions the class sets.'),
    ('P3', '4 sesi pendampingan pada hari berbeda dalam 120 hari, dicatat pendamping.',
     '4 mentoring sessions on different days within 120 days, logged by the mentor.'),
    ('P4', 'Semua izin wajib di rute izin usaha (NIB; untuk kuliner juga SPP-IRT atau BPOM dan halal) terbit dan terverifikasi petugas.',
     'Every licence the licence route requires (NIB; for food also SPP-IRT or BPOM, and halal) issued and verified by an officer.'),
    ('P5', 'Penjualan pertama lewat outlet DKI, terkonfirmasi.', 'A first sale through a DKI outlet, confirmed.'),
    ('P6', 'Laporan keuangan bulanan terverifikasi 3 bulan berturut-turut.',
     'Verified monthly financial reports for 3 consecutive months.'),
    ('P7', 'Pencairan modal dari bank atau mitra tercatat.', 'A capital disbursement from a bank or a partner recorded.'))
    AS r (step_code, rule_id, rule_en)
WHERE s.step_code = r.step_code;
