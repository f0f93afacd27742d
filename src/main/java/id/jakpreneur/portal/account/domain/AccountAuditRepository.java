package id.jakpreneur.portal.account.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountAuditRepository extends JpaRepository<AccountAudit, Long> {

}
