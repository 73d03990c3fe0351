/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.Port;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link Fault</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.LinkFaultImpl#getLink <em>Link</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkFaultImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkFaultImpl#isDown <em>Down</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkFaultImpl#getLossProbability <em>Loss Probability</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkFaultImpl#getExtraLatencyNs <em>Extra Latency Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkFaultImpl extends FaultImpl implements LinkFault {
	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected Link link;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Port port;

	/**
	 * The default value of the '{@link #isDown() <em>Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDown()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOWN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDown() <em>Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDown()
	 * @generated
	 * @ordered
	 */
	protected boolean down = DOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossProbability() <em>Loss Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double LOSS_PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLossProbability() <em>Loss Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossProbability()
	 * @generated
	 * @ordered
	 */
	protected double lossProbability = LOSS_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExtraLatencyNs() <em>Extra Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final long EXTRA_LATENCY_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getExtraLatencyNs() <em>Extra Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected long extraLatencyNs = EXTRA_LATENCY_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkFaultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.LINK_FAULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link getLink() {
		if (link != null && link.eIsProxy()) {
			InternalEObject oldLink = (InternalEObject)link;
			link = (Link)eResolveProxy(oldLink);
			if (link != oldLink) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.LINK_FAULT__LINK, oldLink, link));
			}
		}
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Link basicGetLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(Link newLink) {
		Link oldLink = link;
		link = newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_FAULT__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getPort() {
		if (port != null && port.eIsProxy()) {
			InternalEObject oldPort = (InternalEObject)port;
			port = (Port)eResolveProxy(oldPort);
			if (port != oldPort) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.LINK_FAULT__PORT, oldPort, port));
			}
		}
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Port newPort) {
		Port oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_FAULT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDown() {
		return down;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDown(boolean newDown) {
		boolean oldDown = down;
		down = newDown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_FAULT__DOWN, oldDown, down));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLossProbability() {
		return lossProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossProbability(double newLossProbability) {
		double oldLossProbability = lossProbability;
		lossProbability = newLossProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_FAULT__LOSS_PROBABILITY, oldLossProbability, lossProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getExtraLatencyNs() {
		return extraLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraLatencyNs(long newExtraLatencyNs) {
		long oldExtraLatencyNs = extraLatencyNs;
		extraLatencyNs = newExtraLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_FAULT__EXTRA_LATENCY_NS, oldExtraLatencyNs, extraLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.LINK_FAULT__LINK:
				if (resolve) return getLink();
				return basicGetLink();
			case HcaPackage.LINK_FAULT__PORT:
				if (resolve) return getPort();
				return basicGetPort();
			case HcaPackage.LINK_FAULT__DOWN:
				return isDown();
			case HcaPackage.LINK_FAULT__LOSS_PROBABILITY:
				return getLossProbability();
			case HcaPackage.LINK_FAULT__EXTRA_LATENCY_NS:
				return getExtraLatencyNs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HcaPackage.LINK_FAULT__LINK:
				setLink((Link)newValue);
				return;
			case HcaPackage.LINK_FAULT__PORT:
				setPort((Port)newValue);
				return;
			case HcaPackage.LINK_FAULT__DOWN:
				setDown((Boolean)newValue);
				return;
			case HcaPackage.LINK_FAULT__LOSS_PROBABILITY:
				setLossProbability((Double)newValue);
				return;
			case HcaPackage.LINK_FAULT__EXTRA_LATENCY_NS:
				setExtraLatencyNs((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HcaPackage.LINK_FAULT__LINK:
				setLink((Link)null);
				return;
			case HcaPackage.LINK_FAULT__PORT:
				setPort((Port)null);
				return;
			case HcaPackage.LINK_FAULT__DOWN:
				setDown(DOWN_EDEFAULT);
				return;
			case HcaPackage.LINK_FAULT__LOSS_PROBABILITY:
				setLossProbability(LOSS_PROBABILITY_EDEFAULT);
				return;
			case HcaPackage.LINK_FAULT__EXTRA_LATENCY_NS:
				setExtraLatencyNs(EXTRA_LATENCY_NS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HcaPackage.LINK_FAULT__LINK:
				return link != null;
			case HcaPackage.LINK_FAULT__PORT:
				return port != null;
			case HcaPackage.LINK_FAULT__DOWN:
				return down != DOWN_EDEFAULT;
			case HcaPackage.LINK_FAULT__LOSS_PROBABILITY:
				return lossProbability != LOSS_PROBABILITY_EDEFAULT;
			case HcaPackage.LINK_FAULT__EXTRA_LATENCY_NS:
				return extraLatencyNs != EXTRA_LATENCY_NS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (down: ");
		result.append(down);
		result.append(", lossProbability: ");
		result.append(lossProbability);
		result.append(", extraLatencyNs: ");
		result.append(extraLatencyNs);
		result.append(')');
		return result.toString();
	}

} //LinkFaultImpl
