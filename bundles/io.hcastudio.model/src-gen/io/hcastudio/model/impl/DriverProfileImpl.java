/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.WorkQueueMode;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Driver Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getPreset <em>Preset</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getWireRingSize <em>Wire Ring Size</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getTunnelRingSize <em>Tunnel Ring Size</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getWorkQueueMode <em>Work Queue Mode</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getMadSendQueueSize <em>Mad Send Queue Size</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getMadRecvQueueSize <em>Mad Recv Queue Size</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getKworkerCpus <em>Kworker Cpus</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#isDynamicDebug <em>Dynamic Debug</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.DriverProfileImpl#getTiming <em>Timing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DriverProfileImpl extends EObjectImpl implements DriverProfile {
	/**
	 * The default value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected static final ProfilePreset PRESET_EDEFAULT = ProfilePreset.C;

	/**
	 * The cached value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected ProfilePreset preset = PRESET_EDEFAULT;

	/**
	 * The default value of the '{@link #getWireRingSize() <em>Wire Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireRingSize()
	 * @generated
	 * @ordered
	 */
	protected static final int WIRE_RING_SIZE_EDEFAULT = 2048;

	/**
	 * The cached value of the '{@link #getWireRingSize() <em>Wire Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireRingSize()
	 * @generated
	 * @ordered
	 */
	protected int wireRingSize = WIRE_RING_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTunnelRingSize() <em>Tunnel Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTunnelRingSize()
	 * @generated
	 * @ordered
	 */
	protected static final int TUNNEL_RING_SIZE_EDEFAULT = 512;

	/**
	 * The cached value of the '{@link #getTunnelRingSize() <em>Tunnel Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTunnelRingSize()
	 * @generated
	 * @ordered
	 */
	protected int tunnelRingSize = TUNNEL_RING_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkQueueMode() <em>Work Queue Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkQueueMode()
	 * @generated
	 * @ordered
	 */
	protected static final WorkQueueMode WORK_QUEUE_MODE_EDEFAULT = WorkQueueMode.SPLIT;

	/**
	 * The cached value of the '{@link #getWorkQueueMode() <em>Work Queue Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkQueueMode()
	 * @generated
	 * @ordered
	 */
	protected WorkQueueMode workQueueMode = WORK_QUEUE_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMadSendQueueSize() <em>Mad Send Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMadSendQueueSize()
	 * @generated
	 * @ordered
	 */
	protected static final int MAD_SEND_QUEUE_SIZE_EDEFAULT = 128;

	/**
	 * The cached value of the '{@link #getMadSendQueueSize() <em>Mad Send Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMadSendQueueSize()
	 * @generated
	 * @ordered
	 */
	protected int madSendQueueSize = MAD_SEND_QUEUE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMadRecvQueueSize() <em>Mad Recv Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMadRecvQueueSize()
	 * @generated
	 * @ordered
	 */
	protected static final int MAD_RECV_QUEUE_SIZE_EDEFAULT = 512;

	/**
	 * The cached value of the '{@link #getMadRecvQueueSize() <em>Mad Recv Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMadRecvQueueSize()
	 * @generated
	 * @ordered
	 */
	protected int madRecvQueueSize = MAD_RECV_QUEUE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKworkerCpus() <em>Kworker Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKworkerCpus()
	 * @generated
	 * @ordered
	 */
	protected static final int KWORKER_CPUS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getKworkerCpus() <em>Kworker Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKworkerCpus()
	 * @generated
	 * @ordered
	 */
	protected int kworkerCpus = KWORKER_CPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDynamicDebug() <em>Dynamic Debug</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDynamicDebug()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DYNAMIC_DEBUG_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDynamicDebug() <em>Dynamic Debug</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDynamicDebug()
	 * @generated
	 * @ordered
	 */
	protected boolean dynamicDebug = DYNAMIC_DEBUG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTiming() <em>Timing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected TimingParameters timing;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DriverProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.DRIVER_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfilePreset getPreset() {
		return preset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreset(ProfilePreset newPreset) {
		ProfilePreset oldPreset = preset;
		preset = newPreset == null ? PRESET_EDEFAULT : newPreset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__PRESET, oldPreset, preset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWireRingSize() {
		return wireRingSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireRingSize(int newWireRingSize) {
		int oldWireRingSize = wireRingSize;
		wireRingSize = newWireRingSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__WIRE_RING_SIZE, oldWireRingSize, wireRingSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTunnelRingSize() {
		return tunnelRingSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTunnelRingSize(int newTunnelRingSize) {
		int oldTunnelRingSize = tunnelRingSize;
		tunnelRingSize = newTunnelRingSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__TUNNEL_RING_SIZE, oldTunnelRingSize, tunnelRingSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkQueueMode getWorkQueueMode() {
		return workQueueMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkQueueMode(WorkQueueMode newWorkQueueMode) {
		WorkQueueMode oldWorkQueueMode = workQueueMode;
		workQueueMode = newWorkQueueMode == null ? WORK_QUEUE_MODE_EDEFAULT : newWorkQueueMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__WORK_QUEUE_MODE, oldWorkQueueMode, workQueueMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMadSendQueueSize() {
		return madSendQueueSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMadSendQueueSize(int newMadSendQueueSize) {
		int oldMadSendQueueSize = madSendQueueSize;
		madSendQueueSize = newMadSendQueueSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE, oldMadSendQueueSize, madSendQueueSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMadRecvQueueSize() {
		return madRecvQueueSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMadRecvQueueSize(int newMadRecvQueueSize) {
		int oldMadRecvQueueSize = madRecvQueueSize;
		madRecvQueueSize = newMadRecvQueueSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE, oldMadRecvQueueSize, madRecvQueueSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKworkerCpus() {
		return kworkerCpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKworkerCpus(int newKworkerCpus) {
		int oldKworkerCpus = kworkerCpus;
		kworkerCpus = newKworkerCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__KWORKER_CPUS, oldKworkerCpus, kworkerCpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDynamicDebug() {
		return dynamicDebug;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDynamicDebug(boolean newDynamicDebug) {
		boolean oldDynamicDebug = dynamicDebug;
		dynamicDebug = newDynamicDebug;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__DYNAMIC_DEBUG, oldDynamicDebug, dynamicDebug));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimingParameters getTiming() {
		return timing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTiming(TimingParameters newTiming, NotificationChain msgs) {
		TimingParameters oldTiming = timing;
		timing = newTiming;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__TIMING, oldTiming, newTiming);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiming(TimingParameters newTiming) {
		if (newTiming != timing) {
			NotificationChain msgs = null;
			if (timing != null)
				msgs = ((InternalEObject)timing).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HcaPackage.DRIVER_PROFILE__TIMING, null, msgs);
			if (newTiming != null)
				msgs = ((InternalEObject)newTiming).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HcaPackage.DRIVER_PROFILE__TIMING, null, msgs);
			msgs = basicSetTiming(newTiming, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.DRIVER_PROFILE__TIMING, newTiming, newTiming));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void applyPreset(final ProfilePreset preset) {
		io.hcastudio.model.operations.DriverProfiles.apply(this, preset);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean matchesPreset() {
		return io.hcastudio.model.operations.DriverProfiles.matchesPreset(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.DRIVER_PROFILE__TIMING:
				return basicSetTiming(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.DRIVER_PROFILE__PRESET:
				return getPreset();
			case HcaPackage.DRIVER_PROFILE__WIRE_RING_SIZE:
				return getWireRingSize();
			case HcaPackage.DRIVER_PROFILE__TUNNEL_RING_SIZE:
				return getTunnelRingSize();
			case HcaPackage.DRIVER_PROFILE__WORK_QUEUE_MODE:
				return getWorkQueueMode();
			case HcaPackage.DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE:
				return getMadSendQueueSize();
			case HcaPackage.DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE:
				return getMadRecvQueueSize();
			case HcaPackage.DRIVER_PROFILE__KWORKER_CPUS:
				return getKworkerCpus();
			case HcaPackage.DRIVER_PROFILE__DYNAMIC_DEBUG:
				return isDynamicDebug();
			case HcaPackage.DRIVER_PROFILE__TIMING:
				return getTiming();
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
			case HcaPackage.DRIVER_PROFILE__PRESET:
				setPreset((ProfilePreset)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__WIRE_RING_SIZE:
				setWireRingSize((Integer)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__TUNNEL_RING_SIZE:
				setTunnelRingSize((Integer)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__WORK_QUEUE_MODE:
				setWorkQueueMode((WorkQueueMode)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE:
				setMadSendQueueSize((Integer)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE:
				setMadRecvQueueSize((Integer)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__KWORKER_CPUS:
				setKworkerCpus((Integer)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__DYNAMIC_DEBUG:
				setDynamicDebug((Boolean)newValue);
				return;
			case HcaPackage.DRIVER_PROFILE__TIMING:
				setTiming((TimingParameters)newValue);
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
			case HcaPackage.DRIVER_PROFILE__PRESET:
				setPreset(PRESET_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__WIRE_RING_SIZE:
				setWireRingSize(WIRE_RING_SIZE_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__TUNNEL_RING_SIZE:
				setTunnelRingSize(TUNNEL_RING_SIZE_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__WORK_QUEUE_MODE:
				setWorkQueueMode(WORK_QUEUE_MODE_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE:
				setMadSendQueueSize(MAD_SEND_QUEUE_SIZE_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE:
				setMadRecvQueueSize(MAD_RECV_QUEUE_SIZE_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__KWORKER_CPUS:
				setKworkerCpus(KWORKER_CPUS_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__DYNAMIC_DEBUG:
				setDynamicDebug(DYNAMIC_DEBUG_EDEFAULT);
				return;
			case HcaPackage.DRIVER_PROFILE__TIMING:
				setTiming((TimingParameters)null);
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
			case HcaPackage.DRIVER_PROFILE__PRESET:
				return preset != PRESET_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__WIRE_RING_SIZE:
				return wireRingSize != WIRE_RING_SIZE_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__TUNNEL_RING_SIZE:
				return tunnelRingSize != TUNNEL_RING_SIZE_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__WORK_QUEUE_MODE:
				return workQueueMode != WORK_QUEUE_MODE_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__MAD_SEND_QUEUE_SIZE:
				return madSendQueueSize != MAD_SEND_QUEUE_SIZE_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__MAD_RECV_QUEUE_SIZE:
				return madRecvQueueSize != MAD_RECV_QUEUE_SIZE_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__KWORKER_CPUS:
				return kworkerCpus != KWORKER_CPUS_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__DYNAMIC_DEBUG:
				return dynamicDebug != DYNAMIC_DEBUG_EDEFAULT;
			case HcaPackage.DRIVER_PROFILE__TIMING:
				return timing != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case HcaPackage.DRIVER_PROFILE___APPLY_PRESET__PROFILEPRESET:
				applyPreset((ProfilePreset)arguments.get(0));
				return null;
			case HcaPackage.DRIVER_PROFILE___MATCHES_PRESET:
				return matchesPreset();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (preset: ");
		result.append(preset);
		result.append(", wireRingSize: ");
		result.append(wireRingSize);
		result.append(", tunnelRingSize: ");
		result.append(tunnelRingSize);
		result.append(", workQueueMode: ");
		result.append(workQueueMode);
		result.append(", madSendQueueSize: ");
		result.append(madSendQueueSize);
		result.append(", madRecvQueueSize: ");
		result.append(madRecvQueueSize);
		result.append(", kworkerCpus: ");
		result.append(kworkerCpus);
		result.append(", dynamicDebug: ");
		result.append(dynamicDebug);
		result.append(')');
		return result.toString();
	}

} //DriverProfileImpl
