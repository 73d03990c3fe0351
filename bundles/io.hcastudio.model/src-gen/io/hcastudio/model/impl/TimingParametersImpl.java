/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Timing Parameters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getLoopbackLatencyNs <em>Loopback Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getLoopbackCqeLatencyNs <em>Loopback Cqe Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getWireCqeLatencyNs <em>Wire Cqe Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getIrqLatencyNs <em>Irq Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getTaskletMaxTimeNs <em>Tasklet Max Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getWakeLatencyNs <em>Wake Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getReschedLatencyNs <em>Resched Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getReapCostNs <em>Reap Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getMuxCostNs <em>Mux Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getCmIdAllocCostNs <em>Cm Id Alloc Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getDemuxCostNs <em>Demux Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getIssueCostNs <em>Issue Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getSwitchHopLatencyNs <em>Switch Hop Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getAcceptCostNs <em>Accept Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getCmResponseTimeout <em>Cm Response Timeout</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getCmMaxRetries <em>Cm Max Retries</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getSaQueryRetries <em>Sa Query Retries</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getMraServiceTimeout <em>Mra Service Timeout</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getCmIdCacheLifeMs <em>Cm Id Cache Life Ms</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getDistributions <em>Distributions</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TimingParametersImpl#getCalibrationSource <em>Calibration Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimingParametersImpl extends EObjectImpl implements TimingParameters {
	/**
	 * The default value of the '{@link #getLoopbackLatencyNs() <em>Loopback Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoopbackLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int LOOPBACK_LATENCY_NS_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getLoopbackLatencyNs() <em>Loopback Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoopbackLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int loopbackLatencyNs = LOOPBACK_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoopbackCqeLatencyNs() <em>Loopback Cqe Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoopbackCqeLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int LOOPBACK_CQE_LATENCY_NS_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getLoopbackCqeLatencyNs() <em>Loopback Cqe Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoopbackCqeLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int loopbackCqeLatencyNs = LOOPBACK_CQE_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWireCqeLatencyNs() <em>Wire Cqe Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireCqeLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int WIRE_CQE_LATENCY_NS_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getWireCqeLatencyNs() <em>Wire Cqe Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWireCqeLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int wireCqeLatencyNs = WIRE_CQE_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrqLatencyNs() <em>Irq Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int IRQ_LATENCY_NS_EDEFAULT = 5000;

	/**
	 * The cached value of the '{@link #getIrqLatencyNs() <em>Irq Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int irqLatencyNs = IRQ_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskletMaxTimeNs() <em>Tasklet Max Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskletMaxTimeNs()
	 * @generated
	 * @ordered
	 */
	protected static final int TASKLET_MAX_TIME_NS_EDEFAULT = 2000000;

	/**
	 * The cached value of the '{@link #getTaskletMaxTimeNs() <em>Tasklet Max Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskletMaxTimeNs()
	 * @generated
	 * @ordered
	 */
	protected int taskletMaxTimeNs = TASKLET_MAX_TIME_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWakeLatencyNs() <em>Wake Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWakeLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int WAKE_LATENCY_NS_EDEFAULT = 20000;

	/**
	 * The cached value of the '{@link #getWakeLatencyNs() <em>Wake Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWakeLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int wakeLatencyNs = WAKE_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReschedLatencyNs() <em>Resched Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReschedLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int RESCHED_LATENCY_NS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReschedLatencyNs() <em>Resched Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReschedLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int reschedLatencyNs = RESCHED_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReapCostNs() <em>Reap Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReapCostNs()
	 * @generated
	 * @ordered
	 */
	protected static final int REAP_COST_NS_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getReapCostNs() <em>Reap Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReapCostNs()
	 * @generated
	 * @ordered
	 */
	protected int reapCostNs = REAP_COST_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMuxCostNs() <em>Mux Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMuxCostNs()
	 * @generated
	 * @ordered
	 */
	protected static final int MUX_COST_NS_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getMuxCostNs() <em>Mux Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMuxCostNs()
	 * @generated
	 * @ordered
	 */
	protected int muxCostNs = MUX_COST_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmIdAllocCostNs() <em>Cm Id Alloc Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmIdAllocCostNs()
	 * @generated
	 * @ordered
	 */
	protected static final int CM_ID_ALLOC_COST_NS_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getCmIdAllocCostNs() <em>Cm Id Alloc Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmIdAllocCostNs()
	 * @generated
	 * @ordered
	 */
	protected int cmIdAllocCostNs = CM_ID_ALLOC_COST_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDemuxCostNs() <em>Demux Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemuxCostNs()
	 * @generated
	 * @ordered
	 */
	protected static final int DEMUX_COST_NS_EDEFAULT = 1500;

	/**
	 * The cached value of the '{@link #getDemuxCostNs() <em>Demux Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemuxCostNs()
	 * @generated
	 * @ordered
	 */
	protected int demuxCostNs = DEMUX_COST_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssueCostNs() <em>Issue Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssueCostNs()
	 * @generated
	 * @ordered
	 */
	protected static final int ISSUE_COST_NS_EDEFAULT = 10000;

	/**
	 * The cached value of the '{@link #getIssueCostNs() <em>Issue Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssueCostNs()
	 * @generated
	 * @ordered
	 */
	protected int issueCostNs = ISSUE_COST_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSwitchHopLatencyNs() <em>Switch Hop Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchHopLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final int SWITCH_HOP_LATENCY_NS_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getSwitchHopLatencyNs() <em>Switch Hop Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchHopLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected int switchHopLatencyNs = SWITCH_HOP_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcceptCostNs() <em>Accept Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptCostNs()
	 * @generated
	 * @ordered
	 */
	protected static final int ACCEPT_COST_NS_EDEFAULT = 500000;

	/**
	 * The cached value of the '{@link #getAcceptCostNs() <em>Accept Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptCostNs()
	 * @generated
	 * @ordered
	 */
	protected int acceptCostNs = ACCEPT_COST_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmResponseTimeout() <em>Cm Response Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmResponseTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final int CM_RESPONSE_TIMEOUT_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getCmResponseTimeout() <em>Cm Response Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmResponseTimeout()
	 * @generated
	 * @ordered
	 */
	protected int cmResponseTimeout = CM_RESPONSE_TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmMaxRetries() <em>Cm Max Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmMaxRetries()
	 * @generated
	 * @ordered
	 */
	protected static final int CM_MAX_RETRIES_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getCmMaxRetries() <em>Cm Max Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmMaxRetries()
	 * @generated
	 * @ordered
	 */
	protected int cmMaxRetries = CM_MAX_RETRIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaQueryRetries() <em>Sa Query Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaQueryRetries()
	 * @generated
	 * @ordered
	 */
	protected static final int SA_QUERY_RETRIES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSaQueryRetries() <em>Sa Query Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaQueryRetries()
	 * @generated
	 * @ordered
	 */
	protected int saQueryRetries = SA_QUERY_RETRIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMraServiceTimeout() <em>Mra Service Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMraServiceTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final int MRA_SERVICE_TIMEOUT_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getMraServiceTimeout() <em>Mra Service Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMraServiceTimeout()
	 * @generated
	 * @ordered
	 */
	protected int mraServiceTimeout = MRA_SERVICE_TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCmIdCacheLifeMs() <em>Cm Id Cache Life Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmIdCacheLifeMs()
	 * @generated
	 * @ordered
	 */
	protected static final int CM_ID_CACHE_LIFE_MS_EDEFAULT = 30000;

	/**
	 * The cached value of the '{@link #getCmIdCacheLifeMs() <em>Cm Id Cache Life Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmIdCacheLifeMs()
	 * @generated
	 * @ordered
	 */
	protected int cmIdCacheLifeMs = CM_ID_CACHE_LIFE_MS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDistributions() <em>Distributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistributions()
	 * @generated
	 * @ordered
	 */
	protected EList<TimingDistribution> distributions;

	/**
	 * The default value of the '{@link #getCalibrationSource() <em>Calibration Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalibrationSource()
	 * @generated
	 * @ordered
	 */
	protected static final String CALIBRATION_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalibrationSource() <em>Calibration Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalibrationSource()
	 * @generated
	 * @ordered
	 */
	protected String calibrationSource = CALIBRATION_SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimingParametersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.TIMING_PARAMETERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLoopbackLatencyNs() {
		return loopbackLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoopbackLatencyNs(int newLoopbackLatencyNs) {
		int oldLoopbackLatencyNs = loopbackLatencyNs;
		loopbackLatencyNs = newLoopbackLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS, oldLoopbackLatencyNs, loopbackLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLoopbackCqeLatencyNs() {
		return loopbackCqeLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoopbackCqeLatencyNs(int newLoopbackCqeLatencyNs) {
		int oldLoopbackCqeLatencyNs = loopbackCqeLatencyNs;
		loopbackCqeLatencyNs = newLoopbackCqeLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS, oldLoopbackCqeLatencyNs, loopbackCqeLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWireCqeLatencyNs() {
		return wireCqeLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWireCqeLatencyNs(int newWireCqeLatencyNs) {
		int oldWireCqeLatencyNs = wireCqeLatencyNs;
		wireCqeLatencyNs = newWireCqeLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS, oldWireCqeLatencyNs, wireCqeLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIrqLatencyNs() {
		return irqLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqLatencyNs(int newIrqLatencyNs) {
		int oldIrqLatencyNs = irqLatencyNs;
		irqLatencyNs = newIrqLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__IRQ_LATENCY_NS, oldIrqLatencyNs, irqLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTaskletMaxTimeNs() {
		return taskletMaxTimeNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskletMaxTimeNs(int newTaskletMaxTimeNs) {
		int oldTaskletMaxTimeNs = taskletMaxTimeNs;
		taskletMaxTimeNs = newTaskletMaxTimeNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS, oldTaskletMaxTimeNs, taskletMaxTimeNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWakeLatencyNs() {
		return wakeLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWakeLatencyNs(int newWakeLatencyNs) {
		int oldWakeLatencyNs = wakeLatencyNs;
		wakeLatencyNs = newWakeLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__WAKE_LATENCY_NS, oldWakeLatencyNs, wakeLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReschedLatencyNs() {
		return reschedLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReschedLatencyNs(int newReschedLatencyNs) {
		int oldReschedLatencyNs = reschedLatencyNs;
		reschedLatencyNs = newReschedLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__RESCHED_LATENCY_NS, oldReschedLatencyNs, reschedLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReapCostNs() {
		return reapCostNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReapCostNs(int newReapCostNs) {
		int oldReapCostNs = reapCostNs;
		reapCostNs = newReapCostNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__REAP_COST_NS, oldReapCostNs, reapCostNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMuxCostNs() {
		return muxCostNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMuxCostNs(int newMuxCostNs) {
		int oldMuxCostNs = muxCostNs;
		muxCostNs = newMuxCostNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__MUX_COST_NS, oldMuxCostNs, muxCostNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCmIdAllocCostNs() {
		return cmIdAllocCostNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmIdAllocCostNs(int newCmIdAllocCostNs) {
		int oldCmIdAllocCostNs = cmIdAllocCostNs;
		cmIdAllocCostNs = newCmIdAllocCostNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS, oldCmIdAllocCostNs, cmIdAllocCostNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDemuxCostNs() {
		return demuxCostNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemuxCostNs(int newDemuxCostNs) {
		int oldDemuxCostNs = demuxCostNs;
		demuxCostNs = newDemuxCostNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__DEMUX_COST_NS, oldDemuxCostNs, demuxCostNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIssueCostNs() {
		return issueCostNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssueCostNs(int newIssueCostNs) {
		int oldIssueCostNs = issueCostNs;
		issueCostNs = newIssueCostNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__ISSUE_COST_NS, oldIssueCostNs, issueCostNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSwitchHopLatencyNs() {
		return switchHopLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwitchHopLatencyNs(int newSwitchHopLatencyNs) {
		int oldSwitchHopLatencyNs = switchHopLatencyNs;
		switchHopLatencyNs = newSwitchHopLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS, oldSwitchHopLatencyNs, switchHopLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAcceptCostNs() {
		return acceptCostNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptCostNs(int newAcceptCostNs) {
		int oldAcceptCostNs = acceptCostNs;
		acceptCostNs = newAcceptCostNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__ACCEPT_COST_NS, oldAcceptCostNs, acceptCostNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCmResponseTimeout() {
		return cmResponseTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmResponseTimeout(int newCmResponseTimeout) {
		int oldCmResponseTimeout = cmResponseTimeout;
		cmResponseTimeout = newCmResponseTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT, oldCmResponseTimeout, cmResponseTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCmMaxRetries() {
		return cmMaxRetries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmMaxRetries(int newCmMaxRetries) {
		int oldCmMaxRetries = cmMaxRetries;
		cmMaxRetries = newCmMaxRetries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__CM_MAX_RETRIES, oldCmMaxRetries, cmMaxRetries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSaQueryRetries() {
		return saQueryRetries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaQueryRetries(int newSaQueryRetries) {
		int oldSaQueryRetries = saQueryRetries;
		saQueryRetries = newSaQueryRetries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__SA_QUERY_RETRIES, oldSaQueryRetries, saQueryRetries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMraServiceTimeout() {
		return mraServiceTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMraServiceTimeout(int newMraServiceTimeout) {
		int oldMraServiceTimeout = mraServiceTimeout;
		mraServiceTimeout = newMraServiceTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT, oldMraServiceTimeout, mraServiceTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCmIdCacheLifeMs() {
		return cmIdCacheLifeMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmIdCacheLifeMs(int newCmIdCacheLifeMs) {
		int oldCmIdCacheLifeMs = cmIdCacheLifeMs;
		cmIdCacheLifeMs = newCmIdCacheLifeMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS, oldCmIdCacheLifeMs, cmIdCacheLifeMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimingDistribution> getDistributions() {
		if (distributions == null) {
			distributions = new EObjectContainmentEList<TimingDistribution>(TimingDistribution.class, this, HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS);
		}
		return distributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCalibrationSource() {
		return calibrationSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalibrationSource(String newCalibrationSource) {
		String oldCalibrationSource = calibrationSource;
		calibrationSource = newCalibrationSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TIMING_PARAMETERS__CALIBRATION_SOURCE, oldCalibrationSource, calibrationSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS:
				return ((InternalEList<?>)getDistributions()).basicRemove(otherEnd, msgs);
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
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS:
				return getLoopbackLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS:
				return getLoopbackCqeLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS:
				return getWireCqeLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__IRQ_LATENCY_NS:
				return getIrqLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS:
				return getTaskletMaxTimeNs();
			case HcaPackage.TIMING_PARAMETERS__WAKE_LATENCY_NS:
				return getWakeLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__RESCHED_LATENCY_NS:
				return getReschedLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__REAP_COST_NS:
				return getReapCostNs();
			case HcaPackage.TIMING_PARAMETERS__MUX_COST_NS:
				return getMuxCostNs();
			case HcaPackage.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS:
				return getCmIdAllocCostNs();
			case HcaPackage.TIMING_PARAMETERS__DEMUX_COST_NS:
				return getDemuxCostNs();
			case HcaPackage.TIMING_PARAMETERS__ISSUE_COST_NS:
				return getIssueCostNs();
			case HcaPackage.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS:
				return getSwitchHopLatencyNs();
			case HcaPackage.TIMING_PARAMETERS__ACCEPT_COST_NS:
				return getAcceptCostNs();
			case HcaPackage.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT:
				return getCmResponseTimeout();
			case HcaPackage.TIMING_PARAMETERS__CM_MAX_RETRIES:
				return getCmMaxRetries();
			case HcaPackage.TIMING_PARAMETERS__SA_QUERY_RETRIES:
				return getSaQueryRetries();
			case HcaPackage.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT:
				return getMraServiceTimeout();
			case HcaPackage.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS:
				return getCmIdCacheLifeMs();
			case HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS:
				return getDistributions();
			case HcaPackage.TIMING_PARAMETERS__CALIBRATION_SOURCE:
				return getCalibrationSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS:
				setLoopbackLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS:
				setLoopbackCqeLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS:
				setWireCqeLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__IRQ_LATENCY_NS:
				setIrqLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS:
				setTaskletMaxTimeNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__WAKE_LATENCY_NS:
				setWakeLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__RESCHED_LATENCY_NS:
				setReschedLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__REAP_COST_NS:
				setReapCostNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__MUX_COST_NS:
				setMuxCostNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS:
				setCmIdAllocCostNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__DEMUX_COST_NS:
				setDemuxCostNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__ISSUE_COST_NS:
				setIssueCostNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS:
				setSwitchHopLatencyNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__ACCEPT_COST_NS:
				setAcceptCostNs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT:
				setCmResponseTimeout((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_MAX_RETRIES:
				setCmMaxRetries((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__SA_QUERY_RETRIES:
				setSaQueryRetries((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT:
				setMraServiceTimeout((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS:
				setCmIdCacheLifeMs((Integer)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS:
				getDistributions().clear();
				getDistributions().addAll((Collection<? extends TimingDistribution>)newValue);
				return;
			case HcaPackage.TIMING_PARAMETERS__CALIBRATION_SOURCE:
				setCalibrationSource((String)newValue);
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
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS:
				setLoopbackLatencyNs(LOOPBACK_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS:
				setLoopbackCqeLatencyNs(LOOPBACK_CQE_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS:
				setWireCqeLatencyNs(WIRE_CQE_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__IRQ_LATENCY_NS:
				setIrqLatencyNs(IRQ_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS:
				setTaskletMaxTimeNs(TASKLET_MAX_TIME_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__WAKE_LATENCY_NS:
				setWakeLatencyNs(WAKE_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__RESCHED_LATENCY_NS:
				setReschedLatencyNs(RESCHED_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__REAP_COST_NS:
				setReapCostNs(REAP_COST_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__MUX_COST_NS:
				setMuxCostNs(MUX_COST_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS:
				setCmIdAllocCostNs(CM_ID_ALLOC_COST_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__DEMUX_COST_NS:
				setDemuxCostNs(DEMUX_COST_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__ISSUE_COST_NS:
				setIssueCostNs(ISSUE_COST_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS:
				setSwitchHopLatencyNs(SWITCH_HOP_LATENCY_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__ACCEPT_COST_NS:
				setAcceptCostNs(ACCEPT_COST_NS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT:
				setCmResponseTimeout(CM_RESPONSE_TIMEOUT_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_MAX_RETRIES:
				setCmMaxRetries(CM_MAX_RETRIES_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__SA_QUERY_RETRIES:
				setSaQueryRetries(SA_QUERY_RETRIES_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT:
				setMraServiceTimeout(MRA_SERVICE_TIMEOUT_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS:
				setCmIdCacheLifeMs(CM_ID_CACHE_LIFE_MS_EDEFAULT);
				return;
			case HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS:
				getDistributions().clear();
				return;
			case HcaPackage.TIMING_PARAMETERS__CALIBRATION_SOURCE:
				setCalibrationSource(CALIBRATION_SOURCE_EDEFAULT);
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
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS:
				return loopbackLatencyNs != LOOPBACK_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS:
				return loopbackCqeLatencyNs != LOOPBACK_CQE_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS:
				return wireCqeLatencyNs != WIRE_CQE_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__IRQ_LATENCY_NS:
				return irqLatencyNs != IRQ_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS:
				return taskletMaxTimeNs != TASKLET_MAX_TIME_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__WAKE_LATENCY_NS:
				return wakeLatencyNs != WAKE_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__RESCHED_LATENCY_NS:
				return reschedLatencyNs != RESCHED_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__REAP_COST_NS:
				return reapCostNs != REAP_COST_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__MUX_COST_NS:
				return muxCostNs != MUX_COST_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS:
				return cmIdAllocCostNs != CM_ID_ALLOC_COST_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__DEMUX_COST_NS:
				return demuxCostNs != DEMUX_COST_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__ISSUE_COST_NS:
				return issueCostNs != ISSUE_COST_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS:
				return switchHopLatencyNs != SWITCH_HOP_LATENCY_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__ACCEPT_COST_NS:
				return acceptCostNs != ACCEPT_COST_NS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT:
				return cmResponseTimeout != CM_RESPONSE_TIMEOUT_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__CM_MAX_RETRIES:
				return cmMaxRetries != CM_MAX_RETRIES_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__SA_QUERY_RETRIES:
				return saQueryRetries != SA_QUERY_RETRIES_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT:
				return mraServiceTimeout != MRA_SERVICE_TIMEOUT_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS:
				return cmIdCacheLifeMs != CM_ID_CACHE_LIFE_MS_EDEFAULT;
			case HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS:
				return distributions != null && !distributions.isEmpty();
			case HcaPackage.TIMING_PARAMETERS__CALIBRATION_SOURCE:
				return CALIBRATION_SOURCE_EDEFAULT == null ? calibrationSource != null : !CALIBRATION_SOURCE_EDEFAULT.equals(calibrationSource);
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
		result.append(" (loopbackLatencyNs: ");
		result.append(loopbackLatencyNs);
		result.append(", loopbackCqeLatencyNs: ");
		result.append(loopbackCqeLatencyNs);
		result.append(", wireCqeLatencyNs: ");
		result.append(wireCqeLatencyNs);
		result.append(", irqLatencyNs: ");
		result.append(irqLatencyNs);
		result.append(", taskletMaxTimeNs: ");
		result.append(taskletMaxTimeNs);
		result.append(", wakeLatencyNs: ");
		result.append(wakeLatencyNs);
		result.append(", reschedLatencyNs: ");
		result.append(reschedLatencyNs);
		result.append(", reapCostNs: ");
		result.append(reapCostNs);
		result.append(", muxCostNs: ");
		result.append(muxCostNs);
		result.append(", cmIdAllocCostNs: ");
		result.append(cmIdAllocCostNs);
		result.append(", demuxCostNs: ");
		result.append(demuxCostNs);
		result.append(", issueCostNs: ");
		result.append(issueCostNs);
		result.append(", switchHopLatencyNs: ");
		result.append(switchHopLatencyNs);
		result.append(", acceptCostNs: ");
		result.append(acceptCostNs);
		result.append(", cmResponseTimeout: ");
		result.append(cmResponseTimeout);
		result.append(", cmMaxRetries: ");
		result.append(cmMaxRetries);
		result.append(", saQueryRetries: ");
		result.append(saQueryRetries);
		result.append(", mraServiceTimeout: ");
		result.append(mraServiceTimeout);
		result.append(", cmIdCacheLifeMs: ");
		result.append(cmIdCacheLifeMs);
		result.append(", calibrationSource: ");
		result.append(calibrationSource);
		result.append(')');
		return result.toString();
	}

} //TimingParametersImpl
