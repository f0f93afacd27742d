package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.account.Role;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	@EntityGraph(attributePaths = "areaCodes")
	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@EntityGraph(attributePaths = "areaCodes")
	Optional<Account> findByPhone(String phone);

	boolean existsByPhone(String phone);

	/** The account whose login is the name as typed (e-mail address or mobile number, any way written), enabled or not. */
	default Optional<Account> findByLoginName(String loginName) {
		return LoginName.parse(loginName)
			.flatMap(login -> login.email() != null ? findByEmail(login.email()) : findByPhone(login.phone()));
	}

	@Query("select new id.jakpreneur.portal.account.domain.AccountSummary(a.id, a.email, a.fullName, a.role, a.enabled, a.createdAt) "
			+ "from Account a order by a.role, a.fullName, a.id")
	Page<AccountSummary> findSummaries(Pageable pageable);

	long countByRole(Role role);

	@Query("select distinct a.id from Account a join a.areaCodes c where a.role = :role and a.enabled = true and c in :codes")
	java.util.List<Long> findEnabledIdsByRoleAndAreaIn(Role role, java.util.Collection<String> codes);

}
