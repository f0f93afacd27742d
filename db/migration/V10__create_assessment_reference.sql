-- Reference data of the phase assessment (issue 4): development phases, mentoring tracks, the fostering agencies
-- (SKPD pembina) and the 7 steps as each agency runs them. Changed only by migrations; the portal reads them once.

-- Development phases, in the order of progress. The codes are those of the policy (assessment.Phase).
CREATE TABLE development_phase (
    code           varchar(10)  PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    position       smallint     NOT NULL UNIQUE CHECK (position > 0),
    name_id        varchar(60)  NOT NULL,
    name_en        varchar(60)  NOT NULL,
    description_id varchar(300) NOT NULL,
    description_en varchar(300) NOT NULL
);

INSERT INTO development_phase (code, position, name_id, name_en, description_id, description_en) VALUES
    ('IDEA', 1, 'Ide', 'Idea',
     'Usaha belum berjalan: masih berupa ide, rencana, atau resep.',
     'No business yet: an idea, a plan or a recipe.'),
    ('EARLY', 2, 'Awal', 'Early',
     'Usaha berjalan kurang dari setahun, belum menjual secara rutin, atau belum berizin.',
     'Running for less than a year, not yet selling regularly, or not yet licensed.'),
    ('GROWING', 3, 'Tumbuh', 'Growing',
     'Usaha menjual secara rutin dan sudah memiliki NIB.',
     'Selling regularly and licensed with an NIB.'),
    ('SCALING', 4, 'Berkembang', 'Scaling',
     'Penjualan stabil dan pembukuan tertib; siap untuk modal atau saluran penjualan yang lebih besar.',
     'Steady sales and books kept; ready for capital or a bigger sales channel.'),
    ('GRADUATED', 5, 'Mandiri', 'Graduated',
     'Usaha sudah mandiri dan lulus dari program dengan sukses.',
     'Independent: the business has left the programme as a success.');

-- Mentoring tracks: the focus a mentor works on. The codes are those of the policy (assessment.Track).
CREATE TABLE mentoring_track (
    code           varchar(24)  PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    position       smallint     NOT NULL UNIQUE CHECK (position > 0),
    name_id        varchar(60)  NOT NULL,
    name_en        varchar(60)  NOT NULL,
    description_id varchar(300) NOT NULL,
    description_en varchar(300) NOT NULL,
    active         boolean      NOT NULL DEFAULT true
);

INSERT INTO mentoring_track (code, position, name_id, name_en, description_id, description_en) VALUES
    ('IDEA_TO_BUSINESS', 1, 'Ide ke usaha', 'Idea to business',
     'Mengubah ide menjadi usaha yang berjalan: produk pertama, harga, pembeli pertama.',
     'Turning an idea into a running business: the first product, a price, the first buyers.'),
    ('LEGALITY_AND_STANDARDS', 2, 'Legalitas & standar produk', 'Legality & product standards',
     'NIB, SPP-IRT, halal, BPOM, merek, serta kemasan dan label.',
     'NIB, SPP-IRT, halal, BPOM and trademark, packaging and labels.'),
    ('MARKETING_AND_DIGITAL', 3, 'Pemasaran & digital', 'Marketing & digital',
     'Penjualan rutin, saluran baru, dan kehadiran online.',
     'Regular sales, new channels and an online presence.'),
    ('FINANCE_AND_BOOKKEEPING', 4, 'Keuangan & pembukuan', 'Finance & bookkeeping',
     'Pencatatan keuangan rutin dan pemisahan uang usaha dari uang rumah tangga.',
     'Regular bookkeeping and keeping business money apart from household money.'),
    ('CAPITAL_ACCESS', 5, 'Akses permodalan', 'Access to capital',
     'Kredit Bank DKI, KUR, dan mitra permodalan lain.',
     'Bank DKI loans, KUR and other financing partners.'),
    ('EXPANSION', 6, 'Ekspansi', 'Expansion',
     'Saluran yang lebih besar, pasar baru, dan tim yang bertambah.',
     'Bigger channels, new markets and a growing team.');

-- The agencies (SKPD pembina) that foster participants. Every participant names one.
CREATE TABLE fostering_agency (
    code    varchar(20)  PRIMARY KEY CHECK (code ~ '^[A-Z]+$'),
    name_id varchar(200) NOT NULL,
    name_en varchar(200) NOT NULL
);

INSERT INTO fostering_agency (code, name_id, name_en) VALUES
    ('PPKUKM', 'Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah',
     'Agency for Industry, Trade, Cooperatives and Small and Medium Enterprises'),
    ('PAREKRAF', 'Dinas Pariwisata dan Ekonomi Kreatif', 'Agency for Tourism and the Creative Economy'),
    ('PPAPP', 'Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk',
     'Agency for Empowerment, Child Protection and Population Control'),
    ('DINSOS', 'Dinas Sosial', 'Social Affairs Agency'),
    ('KPKP', 'Dinas Ketahanan Pangan, Kelautan dan Pertanian', 'Agency for Food Security, Maritime Affairs and Agriculture');

ALTER TABLE participant
    ADD CONSTRAINT participant_fostering_agency_fk FOREIGN KEY (fostering_agency) REFERENCES fostering_agency (code);

-- The 7 steps as each agency runs them: order, whether required, and what completes them. Most agencies follow
-- P1..P7; PPAPP puts mentoring (P3) before training (P2).
CREATE TABLE step_definition (
    agency_code        varchar(20)  NOT NULL REFERENCES fostering_agency (code),
    step_code          varchar(2)   NOT NULL CHECK (step_code IN ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7')),
    position           smallint     NOT NULL CHECK (position BETWEEN 1 AND 7),
    required           boolean      NOT NULL,
    completion_rule_id varchar(300) NOT NULL,
    completion_rule_en varchar(300) NOT NULL,
    PRIMARY KEY (agency_code, step_code),
    CONSTRAINT step_definition_position_uq UNIQUE (agency_code, position)
);

WITH standard (step_code, position, required, completion_rule_id, completion_rule_en) AS (VALUES
    ('P1', 1, true, 'Pendaftaran diterima petugas kecamatan.', 'The registration is accepted by the kecamatan officer.'),
    ('P2', 2, true, 'Sertifikat atau daftar hadir pelatihan dasar.', 'A certificate or attendance of the basic training.'),
    ('P3', 3, true, 'Sesi pendampingan tercatat oleh pendamping.', 'Mentoring sessions logged by the mentor.'),
    ('P4', 4, true, 'Nomor izin (NIB, SPP-IRT, halal, HAKI, BPOM) tercatat dan diverifikasi.',
     'Licence numbers (NIB, SPP-IRT, halal, HAKI, BPOM) recorded and verified.'),
    ('P5', 5, true, 'Tercatat atau terjual lewat satu saluran pemasaran.', 'Listed or sold through a marketing channel.'),
    ('P6', 6, true, 'Laporan keuangan rutin tersimpan.', 'Regular financial reports kept.'),
    ('P7', 7, false, 'Modal usaha diperoleh dari bank atau mitra.', 'Capital obtained from a bank or a partner.'))
INSERT INTO step_definition (agency_code, step_code, position, required, completion_rule_id, completion_rule_en)
SELECT a.code, s.step_code,
       CASE WHEN a.code = 'PPAPP' AND s.step_code = 'P2' THEN 3
            WHEN a.code = 'PPAPP' AND s.step_code = 'P3' THEN 2
            ELSE s.position END,
       s.required, s.completion_rule_id, s.completion_rule_en
FROM fostering_agency a CROSS JOIN standard s;
