/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.Port;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Port</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getPortGuid <em>Port Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getLid <em>Lid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getLmc <em>Lmc</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getLinkLayer <em>Link Layer</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getSpeed <em>Speed</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PortImpl#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PortImpl extends EObjectImpl implements Port {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortGuid() <em>Port Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortGuid()
	 * @generated
	 * @ordered
	 */
	protected static final long PORT_GUID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPortGuid() <em>Port Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortGuid()
	 * @generated
	 * @ordered
	 */
	protected long portGuid = PORT_GUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLid() <em>Lid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLid()
	 * @generated
	 * @ordered
	 */
	protected static final int LID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLid() <em>Lid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLid()
	 * @generated
	 * @ordered
	 */
	protected int lid = LID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLmc() <em>Lmc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLmc()
	 * @generated
	 * @ordered
	 */
	protected static final int LMC_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLmc() <em>Lmc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLmc()
	 * @generated
	 * @ordered
	 */
	protected int lmc = LMC_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinkLayer() <em>Link Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkLayer()
	 * @generated
	 * @ordered
	 */
	protected static final LinkLayer LINK_LAYER_EDEFAULT = LinkLayer.INFINIBAND;

	/**
	 * The cached value of the '{@link #getLinkLayer() <em>Link Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkLayer()
	 * @generated
	 * @ordered
	 */
	protected LinkLayer linkLayer = LINK_LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final LinkWidth WIDTH_EDEFAULT = LinkWidth.X4;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected LinkWidth width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeed() <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeed()
	 * @generated
	 * @ordered
	 */
	protected static final LinkSpeed SPEED_EDEFAULT = LinkSpeed.FDR;

	/**
	 * The cached value of the '{@link #getSpeed() <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeed()
	 * @generated
	 * @ordered
	 */
	protected LinkSpeed speed = SPEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PortImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.PORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPortGuid() {
		return portGuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortGuid(long newPortGuid) {
		long oldPortGuid = portGuid;
		portGuid = newPortGuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__PORT_GUID, oldPortGuid, portGuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLid() {
		return lid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLid(int newLid) {
		int oldLid = lid;
		lid = newLid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__LID, oldLid, lid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLmc() {
		return lmc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLmc(int newLmc) {
		int oldLmc = lmc;
		lmc = newLmc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__LMC, oldLmc, lmc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkLayer getLinkLayer() {
		return linkLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkLayer(LinkLayer newLinkLayer) {
		LinkLayer oldLinkLayer = linkLayer;
		linkLayer = newLinkLayer == null ? LINK_LAYER_EDEFAULT : newLinkLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__LINK_LAYER, oldLinkLayer, linkLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkWidth getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(LinkWidth newWidth) {
		LinkWidth oldWidth = width;
		width = newWidth == null ? WIDTH_EDEFAULT : newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkSpeed getSpeed() {
		return speed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeed(LinkSpeed newSpeed) {
		LinkSpeed oldSpeed = speed;
		speed = newSpeed == null ? SPEED_EDEFAULT : newSpeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__SPEED, oldSpeed, speed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FabricNode getNode() {
		if (eContainerFeatureID() != HcaPackage.PORT__NODE) return null;
		return (FabricNode)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNode(FabricNode newNode, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newNode, HcaPackage.PORT__NODE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(FabricNode newNode) {
		if (newNode != eInternalContainer() || (eContainerFeatureID() != HcaPackage.PORT__NODE && newNode != null)) {
			if (EcoreUtil.isAncestor(this, newNode))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newNode != null)
				msgs = ((InternalEObject)newNode).eInverseAdd(this, HcaPackage.FABRIC_NODE__PORTS, FabricNode.class, msgs);
			msgs = basicSetNode(newNode, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PORT__NODE, newNode, newNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.PORT__NODE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetNode((FabricNode)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.PORT__NODE:
				return basicSetNode(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HcaPackage.PORT__NODE:
				return eInternalContainer().eInverseRemove(this, HcaPackage.FABRIC_NODE__PORTS, FabricNode.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.PORT__NUMBER:
				return getNumber();
			case HcaPackage.PORT__PORT_GUID:
				return getPortGuid();
			case HcaPackage.PORT__LID:
				return getLid();
			case HcaPackage.PORT__LMC:
				return getLmc();
			case HcaPackage.PORT__LINK_LAYER:
				return getLinkLayer();
			case HcaPackage.PORT__WIDTH:
				return getWidth();
			case HcaPackage.PORT__SPEED:
				return getSpeed();
			case HcaPackage.PORT__NODE:
				return getNode();
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
			case HcaPackage.PORT__NUMBER:
				setNumber((Integer)newValue);
				return;
			case HcaPackage.PORT__PORT_GUID:
				setPortGuid((Long)newValue);
				return;
			case HcaPackage.PORT__LID:
				setLid((Integer)newValue);
				return;
			case HcaPackage.PORT__LMC:
				setLmc((Integer)newValue);
				return;
			case HcaPackage.PORT__LINK_LAYER:
				setLinkLayer((LinkLayer)newValue);
				return;
			case HcaPackage.PORT__WIDTH:
				setWidth((LinkWidth)newValue);
				return;
			case HcaPackage.PORT__SPEED:
				setSpeed((LinkSpeed)newValue);
				return;
			case HcaPackage.PORT__NODE:
				setNode((FabricNode)newValue);
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
			case HcaPackage.PORT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case HcaPackage.PORT__PORT_GUID:
				setPortGuid(PORT_GUID_EDEFAULT);
				return;
			case HcaPackage.PORT__LID:
				setLid(LID_EDEFAULT);
				return;
			case HcaPackage.PORT__LMC:
				setLmc(LMC_EDEFAULT);
				return;
			case HcaPackage.PORT__LINK_LAYER:
				setLinkLayer(LINK_LAYER_EDEFAULT);
				return;
			case HcaPackage.PORT__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case HcaPackage.PORT__SPEED:
				setSpeed(SPEED_EDEFAULT);
				return;
			case HcaPackage.PORT__NODE:
				setNode((FabricNode)null);
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
			case HcaPackage.PORT__NUMBER:
				return number != NUMBER_EDEFAULT;
			case HcaPackage.PORT__PORT_GUID:
				return portGuid != PORT_GUID_EDEFAULT;
			case HcaPackage.PORT__LID:
				return lid != LID_EDEFAULT;
			case HcaPackage.PORT__LMC:
				return lmc != LMC_EDEFAULT;
			case HcaPackage.PORT__LINK_LAYER:
				return linkLayer != LINK_LAYER_EDEFAULT;
			case HcaPackage.PORT__WIDTH:
				return width != WIDTH_EDEFAULT;
			case HcaPackage.PORT__SPEED:
				return speed != SPEED_EDEFAULT;
			case HcaPackage.PORT__NODE:
				return getNode() != null;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", portGuid: ");
		result.append(portGuid);
		result.append(", lid: ");
		result.append(lid);
		result.append(", lmc: ");
		result.append(lmc);
		result.append(", linkLayer: ");
		result.append(linkLayer);
		result.append(", width: ");
		result.append(width);
		result.append(", speed: ");
		result.append(speed);
		result.append(')');
		return result.toString();
	}

} //PortImpl
