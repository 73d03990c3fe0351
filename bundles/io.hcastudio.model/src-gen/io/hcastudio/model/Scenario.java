/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One simulation set-up on the topology: the workloads, how to run them and which parameters to sweep.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getPresetOverride <em>Preset Override</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getWorkloads <em>Workloads</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getRunSettings <em>Run Settings</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getStudies <em>Studies</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getTiming <em>Timing</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getFaults <em>Faults</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getEvents <em>Events</em>}</li>
 *   <li>{@link io.hcastudio.model.Scenario#getReactions <em>Reactions</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.hcastudio.model.HcaPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Preset Override</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.ProfilePreset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, every HCA runs this preset in this scenario instead of its own driver profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preset Override</em>' attribute.
	 * @see io.hcastudio.model.ProfilePreset
	 * @see #isSetPresetOverride()
	 * @see #unsetPresetOverride()
	 * @see #setPresetOverride(ProfilePreset)
	 * @see io.hcastudio.model.HcaPackage#getScenario_PresetOverride()
	 * @model unsettable="true"
	 * @generated
	 */
	ProfilePreset getPresetOverride();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Scenario#getPresetOverride <em>Preset Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset Override</em>' attribute.
	 * @see io.hcastudio.model.ProfilePreset
	 * @see #isSetPresetOverride()
	 * @see #unsetPresetOverride()
	 * @see #getPresetOverride()
	 * @generated
	 */
	void setPresetOverride(ProfilePreset value);

	/**
	 * Unsets the value of the '{@link io.hcastudio.model.Scenario#getPresetOverride <em>Preset Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPresetOverride()
	 * @see #getPresetOverride()
	 * @see #setPresetOverride(ProfilePreset)
	 * @generated
	 */
	void unsetPresetOverride();

	/**
	 * Returns whether the value of the '{@link io.hcastudio.model.Scenario#getPresetOverride <em>Preset Override</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Preset Override</em>' attribute is set.
	 * @see #unsetPresetOverride()
	 * @see #getPresetOverride()
	 * @see #setPresetOverride(ProfilePreset)
	 * @generated
	 */
	boolean isSetPresetOverride();

	/**
	 * Returns the value of the '<em><b>Workloads</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Workload}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workloads</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getScenario_Workloads()
	 * @model containment="true"
	 * @generated
	 */
	EList<Workload> getWorkloads();

	/**
	 * Returns the value of the '<em><b>Run Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Settings</em>' containment reference.
	 * @see #setRunSettings(RunSettings)
	 * @see io.hcastudio.model.HcaPackage#getScenario_RunSettings()
	 * @model containment="true"
	 * @generated
	 */
	RunSettings getRunSettings();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Scenario#getRunSettings <em>Run Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Settings</em>' containment reference.
	 * @see #getRunSettings()
	 * @generated
	 */
	void setRunSettings(RunSettings value);

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Study}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Studies</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getScenario_Studies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Study> getStudies();

	/**
	 * Returns the value of the '<em><b>Timing</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.TimingDistribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timing laws every HCA uses in this scenario instead of its own for the parameters they name (e.g. a measured kworker wake-up), anchored like an HCA's at its attribute's value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timing</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getScenario_Timing()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimingDistribution> getTiming();

	/**
	 * Returns the value of the '<em><b>Faults</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Fault}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Faults injected on the scenario's timeline: port and link losses, delays and flaps, kworker stalls, SM outages and slow SA service, function resets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Faults</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getScenario_Faults()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fault> getFaults();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.NetworkEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network events on the scenario's timeline: link or port flaps, SM ClientReregister and failover, LID and P_Key changes. The PF driver delivers each to the functions of the ports it touches, and their stacks react as the reactions say.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getScenario_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkEvent> getEvents();

	/**
	 * Returns the value of the '<em><b>Reactions</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.StackReaction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the functions' stacks react to network events: one reaction without a function is the default of every function; one naming a function overrides it for that function. Without any, every function reacts with the kernel-based defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reactions</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getScenario_Reactions()
	 * @model containment="true"
	 * @generated
	 */
	EList<StackReaction> getReactions();

} // Scenario
