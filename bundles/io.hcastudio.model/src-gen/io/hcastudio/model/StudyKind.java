/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Study Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a study computes.
 * <!-- end-model-doc -->
 * @see io.hcastudio.model.HcaPackage#getStudyKind()
 * @model
 * @generated
 */
public enum StudyKind implements Enumerator {
	/**
	 * The '<em><b>SWEEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every combination of the parameters' values is one sweep point.
	 * <!-- end-model-doc -->
	 * @see #SWEEP_VALUE
	 * @generated
	 * @ordered
	 */
	SWEEP(0, "SWEEP", "sweep"),

	/**
	 * The '<em><b>ROBUSTNESS MAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two parameters over a grid, per profile: the probability of any loss and the mean drops per cell.
	 * <!-- end-model-doc -->
	 * @see #ROBUSTNESS_MAP_VALUE
	 * @generated
	 * @ordered
	 */
	ROBUSTNESS_MAP(1, "ROBUSTNESS_MAP", "robustnessMap");

	/**
	 * The '<em><b>SWEEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every combination of the parameters' values is one sweep point.
	 * <!-- end-model-doc -->
	 * @see #SWEEP
	 * @model literal="sweep"
	 * @generated
	 * @ordered
	 */
	public static final int SWEEP_VALUE = 0;

	/**
	 * The '<em><b>ROBUSTNESS MAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two parameters over a grid, per profile: the probability of any loss and the mean drops per cell.
	 * <!-- end-model-doc -->
	 * @see #ROBUSTNESS_MAP
	 * @model literal="robustnessMap"
	 * @generated
	 * @ordered
	 */
	public static final int ROBUSTNESS_MAP_VALUE = 1;

	/**
	 * An array of all the '<em><b>Study Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StudyKind[] VALUES_ARRAY =
		new StudyKind[] {
			SWEEP,
			ROBUSTNESS_MAP,
		};

	/**
	 * A public read-only list of all the '<em><b>Study Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StudyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Study Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StudyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Study Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StudyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Study Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyKind get(int value) {
		switch (value) {
			case SWEEP_VALUE: return SWEEP;
			case ROBUSTNESS_MAP_VALUE: return ROBUSTNESS_MAP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StudyKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //StudyKind
