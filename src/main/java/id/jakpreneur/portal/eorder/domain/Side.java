package id.jakpreneur.portal.eorder.domain;

/** Who takes a step of an order: the buying organisation's buyer, the selling entrepreneur, or the portal itself. */
public enum Side {

	BUYER, SELLER, SYSTEM

}
