/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How to run a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.RunSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.hcastudio.model.RunSettings#getStopTimeMs <em>Stop Time Ms</em>}</li>
 *   <li>{@link io.hcastudio.model.RunSettings#getReplications <em>Replications</em>}</li>
 *   <li>{@link io.hcastudio.model.RunSettings#isRandomizeTies <em>Randomize Ties</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getRunSettings()
 * @model
 * @generated
 */
public interface RunSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see io.hcastudio.model.HcaPackage#getRunSettings_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.RunSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Stop Time Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated time to stop at; 0 runs until no event is left.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop Time Ms</em>' attribute.
	 * @see #setStopTimeMs(long)
	 * @see io.hcastudio.model.HcaPackage#getRunSettings_StopTimeMs()
	 * @model
	 * @generated
	 */
	long getStopTimeMs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.RunSettings#getStopTimeMs <em>Stop Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Time Ms</em>' attribute.
	 * @see #getStopTimeMs()
	 * @generated
	 */
	void setStopTimeMs(long value);

	/**
	 * Returns the value of the '<em><b>Replications</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replications</em>' attribute.
	 * @see #setReplications(int)
	 * @see io.hcastudio.model.HcaPackage#getRunSettings_Replications()
	 * @model default="1"
	 * @generated
	 */
	int getReplications();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.RunSettings#getReplications <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replications</em>' attribute.
	 * @see #getReplications()
	 * @generated
	 */
	void setReplications(int value);

	/**
	 * Returns the value of the '<em><b>Randomize Ties</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shuffle simultaneous events (seeded) to show a result does not hang on an accidental tie order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Randomize Ties</em>' attribute.
	 * @see #setRandomizeTies(boolean)
	 * @see io.hcastudio.model.HcaPackage#getRunSettings_RandomizeTies()
	 * @model
	 * @generated
	 */
	boolean isRandomizeTies();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.RunSettings#isRandomizeTies <em>Randomize Ties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Randomize Ties</em>' attribute.
	 * @see #isRandomizeTies()
	 * @generated
	 */
	void setRandomizeTies(boolean value);

} // RunSettings
