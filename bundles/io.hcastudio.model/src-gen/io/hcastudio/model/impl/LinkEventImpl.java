/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.LinkEventImpl#getLink <em>Link</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkEventImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkEventImpl#getFabricSwitch <em>Fabric Switch</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.LinkEventImpl#getDownDurationNs <em>Down Duration Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkEventImpl extends NetworkEventImpl implements LinkEvent {
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
	 * The cached value of the '{@link #getFabricSwitch() <em>Fabric Switch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFabricSwitch()
	 * @generated
	 * @ordered
	 */
	protected Switch fabricSwitch;

	/**
	 * The default value of the '{@link #getDownDurationNs() <em>Down Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDownDurationNs()
	 * @generated
	 * @ordered
	 */
	protected static final long DOWN_DURATION_NS_EDEFAULT = 50000000L;

	/**
	 * The cached value of the '{@link #getDownDurationNs() <em>Down Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDownDurationNs()
	 * @generated
	 * @ordered
	 */
	protected long downDurationNs = DOWN_DURATION_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.LINK_EVENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.LINK_EVENT__LINK, oldLink, link));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_EVENT__LINK, oldLink, link));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.LINK_EVENT__PORT, oldPort, port));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_EVENT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Switch getFabricSwitch() {
		if (fabricSwitch != null && fabricSwitch.eIsProxy()) {
			InternalEObject oldFabricSwitch = (InternalEObject)fabricSwitch;
			fabricSwitch = (Switch)eResolveProxy(oldFabricSwitch);
			if (fabricSwitch != oldFabricSwitch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.LINK_EVENT__FABRIC_SWITCH, oldFabricSwitch, fabricSwitch));
			}
		}
		return fabricSwitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Switch basicGetFabricSwitch() {
		return fabricSwitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFabricSwitch(Switch newFabricSwitch) {
		Switch oldFabricSwitch = fabricSwitch;
		fabricSwitch = newFabricSwitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_EVENT__FABRIC_SWITCH, oldFabricSwitch, fabricSwitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDownDurationNs() {
		return downDurationNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDownDurationNs(long newDownDurationNs) {
		long oldDownDurationNs = downDurationNs;
		downDurationNs = newDownDurationNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.LINK_EVENT__DOWN_DURATION_NS, oldDownDurationNs, downDurationNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.LINK_EVENT__LINK:
				if (resolve) return getLink();
				return basicGetLink();
			case HcaPackage.LINK_EVENT__PORT:
				if (resolve) return getPort();
				return basicGetPort();
			case HcaPackage.LINK_EVENT__FABRIC_SWITCH:
				if (resolve) return getFabricSwitch();
				return basicGetFabricSwitch();
			case HcaPackage.LINK_EVENT__DOWN_DURATION_NS:
				return getDownDurationNs();
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
			case HcaPackage.LINK_EVENT__LINK:
				setLink((Link)newValue);
				return;
			case HcaPackage.LINK_EVENT__PORT:
				setPort((Port)newValue);
				return;
			case HcaPackage.LINK_EVENT__FABRIC_SWITCH:
				setFabricSwitch((Switch)newValue);
				return;
			case HcaPackage.LINK_EVENT__DOWN_DURATION_NS:
				setDownDurationNs((Long)newValue);
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
			case HcaPackage.LINK_EVENT__LINK:
				setLink((Link)null);
				return;
			case HcaPackage.LINK_EVENT__PORT:
				setPort((Port)null);
				return;
			case HcaPackage.LINK_EVENT__FABRIC_SWITCH:
				setFabricSwitch((Switch)null);
				return;
			case HcaPackage.LINK_EVENT__DOWN_DURATION_NS:
				setDownDurationNs(DOWN_DURATION_NS_EDEFAULT);
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
			case HcaPackage.LINK_EVENT__LINK:
				return link != null;
			case HcaPackage.LINK_EVENT__PORT:
				return port != null;
			case HcaPackage.LINK_EVENT__FABRIC_SWITCH:
				return fabricSwitch != null;
			case HcaPackage.LINK_EVENT__DOWN_DURATION_NS:
				return downDurationNs != DOWN_DURATION_NS_EDEFAULT;
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
		result.append(" (downDurationNs: ");
		result.append(downDurationNs);
		result.append(')');
		return result.toString();
	}

} //LinkEventImpl
