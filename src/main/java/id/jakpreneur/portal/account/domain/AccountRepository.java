package id.jakpreneur.portal.account.domain;

import id.jakpreneur.portal.account.Role;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

	long countByRole(Role role);

	@Query("select distinct a.id from Account a join a.areaCodes c where a.role = :role and a.enabled = true"
			+ " and a.deactivatedAt is null and c in :codes")
	java.util.List<Long> findEnabledIdsByRoleAndAreaIn(Role role, java.util.Collection<String> codes);

	/** The login time only: no version change, so a login never conflicts with an administrator's change. */
	@Modifying
	@Query(value = "update account set last_login_at = :at where id = :id", nativeQuery = true)
	void recordLogin(long id, java.time.Instant at);

}
