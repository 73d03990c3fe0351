/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timing Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The timing parameters of the mlx4 proxy model with their suggested defaults; the microsecond-level values are assumptions to calibrate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.TimingParameters#getLoopbackLatencyNs <em>Loopback Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getLoopbackCqeLatencyNs <em>Loopback Cqe Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getWireCqeLatencyNs <em>Wire Cqe Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getIrqLatencyNs <em>Irq Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getTaskletMaxTimeNs <em>Tasklet Max Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getWakeLatencyNs <em>Wake Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getReschedLatencyNs <em>Resched Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getReapCostNs <em>Reap Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getMuxCostNs <em>Mux Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getCmIdAllocCostNs <em>Cm Id Alloc Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getDemuxCostNs <em>Demux Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getIssueCostNs <em>Issue Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getSwitchHopLatencyNs <em>Switch Hop Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getAcceptCostNs <em>Accept Cost Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getCmResponseTimeout <em>Cm Response Timeout</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getCmMaxRetries <em>Cm Max Retries</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getSaQueryRetries <em>Sa Query Retries</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getMraServiceTimeout <em>Mra Service Timeout</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getCmIdCacheLifeMs <em>Cm Id Cache Life Ms</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getDistributions <em>Distributions</em>}</li>
 *   <li>{@link io.hcastudio.model.TimingParameters#getCalibrationSource <em>Calibration Source</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getTimingParameters()
 * @model
 * @generated
 */
public interface TimingParameters extends EObject {
	/**
	 * Returns the value of the '<em><b>Loopback Latency Ns</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_lb: function to PF tunnel loopback delivery.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loopback Latency Ns</em>' attribute.
	 * @see #setLoopbackLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_LoopbackLatencyNs()
	 * @model default="2000"
	 * @generated
	 */
	int getLoopbackLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getLoopbackLatencyNs <em>Loopback Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loopback Latency Ns</em>' attribute.
	 * @see #getLoopbackLatencyNs()
	 * @generated
	 */
	void setLoopbackLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Loopback Cqe Latency Ns</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_lb_cqe: tunnel post to send completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loopback Cqe Latency Ns</em>' attribute.
	 * @see #setLoopbackCqeLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_LoopbackCqeLatencyNs()
	 * @model default="1500"
	 * @generated
	 */
	int getLoopbackCqeLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getLoopbackCqeLatencyNs <em>Loopback Cqe Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loopback Cqe Latency Ns</em>' attribute.
	 * @see #getLoopbackCqeLatencyNs()
	 * @generated
	 */
	void setLoopbackCqeLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Wire Cqe Latency Ns</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_wire_cqe: wire post to send completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Cqe Latency Ns</em>' attribute.
	 * @see #setWireCqeLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_WireCqeLatencyNs()
	 * @model default="1500"
	 * @generated
	 */
	int getWireCqeLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getWireCqeLatencyNs <em>Wire Cqe Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire Cqe Latency Ns</em>' attribute.
	 * @see #getWireCqeLatencyNs()
	 * @generated
	 */
	void setWireCqeLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Irq Latency Ns</b></em>' attribute.
	 * The default value is <code>"5000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_irq: completion to comp handler (EQ interrupt and tasklet).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Latency Ns</em>' attribute.
	 * @see #setIrqLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_IrqLatencyNs()
	 * @model default="5000"
	 * @generated
	 */
	int getIrqLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getIrqLatencyNs <em>Irq Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Latency Ns</em>' attribute.
	 * @see #getIrqLatencyNs()
	 * @generated
	 */
	void setIrqLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Tasklet Max Time Ns</b></em>' attribute.
	 * The default value is <code>"2000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TASKLET_MAX_TIME: the completion tasklet yields after this long.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasklet Max Time Ns</em>' attribute.
	 * @see #setTaskletMaxTimeNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_TaskletMaxTimeNs()
	 * @model default="2000000"
	 * @generated
	 */
	int getTaskletMaxTimeNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getTaskletMaxTimeNs <em>Tasklet Max Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tasklet Max Time Ns</em>' attribute.
	 * @see #getTaskletMaxTimeNs()
	 * @generated
	 */
	void setTaskletMaxTimeNs(int value);

	/**
	 * Returns the value of the '<em><b>Wake Latency Ns</b></em>' attribute.
	 * The default value is <code>"20000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_wake: queue_work to the kworker running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wake Latency Ns</em>' attribute.
	 * @see #setWakeLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_WakeLatencyNs()
	 * @model default="20000"
	 * @generated
	 */
	int getWakeLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getWakeLatencyNs <em>Wake Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wake Latency Ns</em>' attribute.
	 * @see #getWakeLatencyNs()
	 * @generated
	 */
	void setWakeLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Resched Latency Ns</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_sched: a kworker picking the next item of its ordered queue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resched Latency Ns</em>' attribute.
	 * @see #setReschedLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_ReschedLatencyNs()
	 * @model default="0"
	 * @generated
	 */
	int getReschedLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getReschedLatencyNs <em>Resched Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resched Latency Ns</em>' attribute.
	 * @see #getReschedLatencyNs()
	 * @generated
	 */
	void setReschedLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Reap Cost Ns</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * c_poll + c_reap: poll and release one send completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reap Cost Ns</em>' attribute.
	 * @see #setReapCostNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_ReapCostNs()
	 * @model default="300"
	 * @generated
	 */
	int getReapCostNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getReapCostNs <em>Reap Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reap Cost Ns</em>' attribute.
	 * @see #getReapCostNs()
	 * @generated
	 */
	void setReapCostNs(int value);

	/**
	 * Returns the value of the '<em><b>Mux Cost Ns</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * c_mux: egress receive processing including address handle and post.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mux Cost Ns</em>' attribute.
	 * @see #setMuxCostNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_MuxCostNs()
	 * @model default="1500"
	 * @generated
	 */
	int getMuxCostNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getMuxCostNs <em>Mux Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mux Cost Ns</em>' attribute.
	 * @see #getMuxCostNs()
	 * @generated
	 */
	void setMuxCostNs(int value);

	/**
	 * Returns the value of the '<em><b>Cm Id Alloc Cost Ns</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra egress cost of a CM id_map allocation (REQ, REP, MRA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cm Id Alloc Cost Ns</em>' attribute.
	 * @see #setCmIdAllocCostNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_CmIdAllocCostNs()
	 * @model default="500"
	 * @generated
	 */
	int getCmIdAllocCostNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getCmIdAllocCostNs <em>Cm Id Alloc Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm Id Alloc Cost Ns</em>' attribute.
	 * @see #getCmIdAllocCostNs()
	 * @generated
	 */
	void setCmIdAllocCostNs(int value);

	/**
	 * Returns the value of the '<em><b>Demux Cost Ns</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * c_demux: ingress receive processing including post.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demux Cost Ns</em>' attribute.
	 * @see #setDemuxCostNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_DemuxCostNs()
	 * @model default="1500"
	 * @generated
	 */
	int getDemuxCostNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getDemuxCostNs <em>Demux Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demux Cost Ns</em>' attribute.
	 * @see #getDemuxCostNs()
	 * @generated
	 */
	void setDemuxCostNs(int value);

	/**
	 * Returns the value of the '<em><b>Issue Cost Ns</b></em>' attribute.
	 * The default value is <code>"10000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * c_issue: cmtime's per-connection cost of one rdma_resolve_route or rdma_connect inside the VM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issue Cost Ns</em>' attribute.
	 * @see #setIssueCostNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_IssueCostNs()
	 * @model default="10000"
	 * @generated
	 */
	int getIssueCostNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getIssueCostNs <em>Issue Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue Cost Ns</em>' attribute.
	 * @see #getIssueCostNs()
	 * @generated
	 */
	void setIssueCostNs(int value);

	/**
	 * Returns the value of the '<em><b>Switch Hop Latency Ns</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * L_fab: one switch hop including cable, for links without latency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switch Hop Latency Ns</em>' attribute.
	 * @see #setSwitchHopLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_SwitchHopLatencyNs()
	 * @model default="300"
	 * @generated
	 */
	int getSwitchHopLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getSwitchHopLatencyNs <em>Switch Hop Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switch Hop Latency Ns</em>' attribute.
	 * @see #getSwitchHopLatencyNs()
	 * @generated
	 */
	void setSwitchHopLatencyNs(int value);

	/**
	 * Returns the value of the '<em><b>Accept Cost Ns</b></em>' attribute.
	 * The default value is <code>"500000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Server-side create_qp, modify and rdma_accept per connection, serialised per cmtime server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accept Cost Ns</em>' attribute.
	 * @see #setAcceptCostNs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_AcceptCostNs()
	 * @model default="500000"
	 * @generated
	 */
	int getAcceptCostNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getAcceptCostNs <em>Accept Cost Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accept Cost Ns</em>' attribute.
	 * @see #getAcceptCostNs()
	 * @generated
	 */
	void setAcceptCostNs(int value);

	/**
	 * Returns the value of the '<em><b>Cm Response Timeout</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CMA_CM_RESPONSE_TIMEOUT exponent (4.096 us * 2^value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cm Response Timeout</em>' attribute.
	 * @see #setCmResponseTimeout(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_CmResponseTimeout()
	 * @model default="20"
	 * @generated
	 */
	int getCmResponseTimeout();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getCmResponseTimeout <em>Cm Response Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm Response Timeout</em>' attribute.
	 * @see #getCmResponseTimeout()
	 * @generated
	 */
	void setCmResponseTimeout(int value);

	/**
	 * Returns the value of the '<em><b>Cm Max Retries</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CMA_MAX_CM_RETRIES.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cm Max Retries</em>' attribute.
	 * @see #setCmMaxRetries(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_CmMaxRetries()
	 * @model default="15"
	 * @generated
	 */
	int getCmMaxRetries();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getCmMaxRetries <em>Cm Max Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm Max Retries</em>' attribute.
	 * @see #getCmMaxRetries()
	 * @generated
	 */
	void setCmMaxRetries(int value);

	/**
	 * Returns the value of the '<em><b>Sa Query Retries</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAD-layer retries of an SA query (PathRecord): 0 up to Linux v5.14, where a lost query or response costs the whole rdma_resolve_route timeout; 10 since 5f5a650999d5 "RDMA/core/sa_query: Retry SA queries" (v5.15, in stable trees since 2021), each try waiting a tenth of the timeout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sa Query Retries</em>' attribute.
	 * @see #setSaQueryRetries(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_SaQueryRetries()
	 * @model default="0"
	 * @generated
	 */
	int getSaQueryRetries();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getSaQueryRetries <em>Sa Query Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sa Query Retries</em>' attribute.
	 * @see #getSaQueryRetries()
	 * @generated
	 */
	void setSaQueryRetries(int value);

	/**
	 * Returns the value of the '<em><b>Mra Service Timeout</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service timeout exponent carried in MRAs (CMA_CM_MRA_SETTING).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mra Service Timeout</em>' attribute.
	 * @see #setMraServiceTimeout(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_MraServiceTimeout()
	 * @model default="24"
	 * @generated
	 */
	int getMraServiceTimeout();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getMraServiceTimeout <em>Mra Service Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mra Service Timeout</em>' attribute.
	 * @see #getMraServiceTimeout()
	 * @generated
	 */
	void setMraServiceTimeout(int value);

	/**
	 * Returns the value of the '<em><b>Cm Id Cache Life Ms</b></em>' attribute.
	 * The default value is <code>"30000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CM_CLEANUP_CACHE_TIMEOUT: life of id_map and rej_tmout entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cm Id Cache Life Ms</em>' attribute.
	 * @see #setCmIdCacheLifeMs(int)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_CmIdCacheLifeMs()
	 * @model default="30000"
	 * @generated
	 */
	int getCmIdCacheLifeMs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getCmIdCacheLifeMs <em>Cm Id Cache Life Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cm Id Cache Life Ms</em>' attribute.
	 * @see #getCmIdCacheLifeMs()
	 * @generated
	 */
	void setCmIdCacheLifeMs(int value);

	/**
	 * Returns the value of the '<em><b>Distributions</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.TimingDistribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Laws of timing parameters that vary per occurrence (one wake-up, one mux step); a parameter without one is the constant its attribute holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distributions</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_Distributions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimingDistribution> getDistributions();

	/**
	 * Returns the value of the '<em><b>Calibration Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kernel trace these timings were calibrated from, with the functions and sample counts used (set by Calibrate timing from trace); reports name it. Empty when the timings were not calibrated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calibration Source</em>' attribute.
	 * @see #setCalibrationSource(String)
	 * @see io.hcastudio.model.HcaPackage#getTimingParameters_CalibrationSource()
	 * @model
	 * @generated
	 */
	String getCalibrationSource();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.TimingParameters#getCalibrationSource <em>Calibration Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calibration Source</em>' attribute.
	 * @see #getCalibrationSource()
	 * @generated
	 */
	void setCalibrationSource(String value);

} // TimingParameters
