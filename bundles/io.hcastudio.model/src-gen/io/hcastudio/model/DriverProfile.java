/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the mlx4 PF driver of one HCA is built and tuned: one of the kernel configurations A-D or explicit values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.DriverProfile#getPreset <em>Preset</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getWireRingSize <em>Wire Ring Size</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getTunnelRingSize <em>Tunnel Ring Size</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getWorkQueueMode <em>Work Queue Mode</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getMadSendQueueSize <em>Mad Send Queue Size</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getMadRecvQueueSize <em>Mad Recv Queue Size</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getKworkerCpus <em>Kworker Cpus</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#isDynamicDebug <em>Dynamic Debug</em>}</li>
 *   <li>{@link io.hcastudio.model.DriverProfile#getTiming <em>Timing</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getDriverProfile()
 * @model
 * @generated
 */
public interface DriverProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Preset</b></em>' attribute.
	 * The default value is <code>"C"</code>.
	 * The literals are from the enumeration {@link io.hcastudio.model.ProfilePreset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The configuration the values come from; custom when edited by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preset</em>' attribute.
	 * @see io.hcastudio.model.ProfilePreset
	 * @see #setPreset(ProfilePreset)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_Preset()
	 * @model default="C"
	 * @generated
	 */
	ProfilePreset getPreset();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getPreset <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset</em>' attribute.
	 * @see io.hcastudio.model.ProfilePreset
	 * @see #getPreset()
	 * @generated
	 */
	void setPreset(ProfilePreset value);

	/**
	 * Returns the value of the '<em><b>Wire Ring Size</b></em>' attribute.
	 * The default value is <code>"2048"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MLX4_NUM_WIRE_BUFS: send/receive ring of each wire (real special) QP; a power of two.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wire Ring Size</em>' attribute.
	 * @see #setWireRingSize(int)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_WireRingSize()
	 * @model default="2048"
	 * @generated
	 */
	int getWireRingSize();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getWireRingSize <em>Wire Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wire Ring Size</em>' attribute.
	 * @see #getWireRingSize()
	 * @generated
	 */
	void setWireRingSize(int value);

	/**
	 * Returns the value of the '<em><b>Tunnel Ring Size</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MLX4_NUM_TUNNEL_BUFS: send/receive ring of each tunnel QP; a power of two.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tunnel Ring Size</em>' attribute.
	 * @see #setTunnelRingSize(int)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_TunnelRingSize()
	 * @model default="512"
	 * @generated
	 */
	int getTunnelRingSize();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getTunnelRingSize <em>Tunnel Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tunnel Ring Size</em>' attribute.
	 * @see #getTunnelRingSize()
	 * @generated
	 */
	void setTunnelRingSize(int value);

	/**
	 * Returns the value of the '<em><b>Work Queue Mode</b></em>' attribute.
	 * The default value is <code>"split"</code>.
	 * The literals are from the enumeration {@link io.hcastudio.model.WorkQueueMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * single: tunnel and wire completions share the ordered workqueue mlx4_ibt; split: the wire context has its own mlx4_ibwi (the fix).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Queue Mode</em>' attribute.
	 * @see io.hcastudio.model.WorkQueueMode
	 * @see #setWorkQueueMode(WorkQueueMode)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_WorkQueueMode()
	 * @model default="split"
	 * @generated
	 */
	WorkQueueMode getWorkQueueMode();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getWorkQueueMode <em>Work Queue Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Queue Mode</em>' attribute.
	 * @see io.hcastudio.model.WorkQueueMode
	 * @see #getWorkQueueMode()
	 * @generated
	 */
	void setWorkQueueMode(WorkQueueMode value);

	/**
	 * Returns the value of the '<em><b>Mad Send Queue Size</b></em>' attribute.
	 * The default value is <code>"128"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Function-side ib_core send_queue_size (posted MADs; the rest wait, never dropped).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mad Send Queue Size</em>' attribute.
	 * @see #setMadSendQueueSize(int)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_MadSendQueueSize()
	 * @model default="128"
	 * @generated
	 */
	int getMadSendQueueSize();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getMadSendQueueSize <em>Mad Send Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mad Send Queue Size</em>' attribute.
	 * @see #getMadSendQueueSize()
	 * @generated
	 */
	void setMadSendQueueSize(int value);

	/**
	 * Returns the value of the '<em><b>Mad Recv Queue Size</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Function-side ib_core recv_queue_size.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mad Recv Queue Size</em>' attribute.
	 * @see #setMadRecvQueueSize(int)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_MadRecvQueueSize()
	 * @model default="512"
	 * @generated
	 */
	int getMadRecvQueueSize();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getMadRecvQueueSize <em>Mad Recv Queue Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mad Recv Queue Size</em>' attribute.
	 * @see #getMadRecvQueueSize()
	 * @generated
	 */
	void setMadRecvQueueSize(int value);

	/**
	 * Returns the value of the '<em><b>Kworker Cpus</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPUs free for the kworkers of the PF's proxy workqueues (all ports). A kworker keeps its CPU for a whole work item and yields between items (cond_resched in process_one_work), so with fewer CPUs than busy workqueues the wire work waits behind tunnel work even under the split fix. Default 4: one per ordered workqueue of a dual-port HCA with the fix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kworker Cpus</em>' attribute.
	 * @see #setKworkerCpus(int)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_KworkerCpus()
	 * @model default="4"
	 * @generated
	 */
	int getKworkerCpus();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getKworkerCpus <em>Kworker Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kworker Cpus</em>' attribute.
	 * @see #getKworkerCpus()
	 * @generated
	 */
	void setKworkerCpus(int value);

	/**
	 * Returns the value of the '<em><b>Dynamic Debug</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the drop messages of dynamic debug are enabled (they cost time per drop).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dynamic Debug</em>' attribute.
	 * @see #setDynamicDebug(boolean)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_DynamicDebug()
	 * @model
	 * @generated
	 */
	boolean isDynamicDebug();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#isDynamicDebug <em>Dynamic Debug</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dynamic Debug</em>' attribute.
	 * @see #isDynamicDebug()
	 * @generated
	 */
	void setDynamicDebug(boolean value);

	/**
	 * Returns the value of the '<em><b>Timing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timing</em>' containment reference.
	 * @see #setTiming(TimingParameters)
	 * @see io.hcastudio.model.HcaPackage#getDriverProfile_Timing()
	 * @model containment="true"
	 * @generated
	 */
	TimingParameters getTiming();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.DriverProfile#getTiming <em>Timing</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing</em>' containment reference.
	 * @see #getTiming()
	 * @generated
	 */
	void setTiming(TimingParameters value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sets preset and the ring sizes and work-queue mode it implies.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	void applyPreset(ProfilePreset preset);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether ring sizes and work-queue mode equal what the preset implies (always true for custom).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean matchesPreset();

} // DriverProfile
