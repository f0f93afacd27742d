package id.jakpreneur.portal.outlet.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutletRepository extends JpaRepository<Outlet, Long> {
}
