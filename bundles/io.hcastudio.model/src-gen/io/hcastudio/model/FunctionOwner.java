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
 * A representation of the literals of the enumeration '<em><b>Function Owner</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who runs the function's driver.
 * <!-- end-model-doc -->
 * @see io.hcastudio.model.HcaPackage#getFunctionOwner()
 * @model
 * @generated
 */
public enum FunctionOwner implements Enumerator {
	/**
	 * The '<em><b>HOST OS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host's own kernel.
	 * <!-- end-model-doc -->
	 * @see #HOST_OS_VALUE
	 * @generated
	 * @ordered
	 */
	HOST_OS(0, "HOST_OS", "hostOs"),

	/**
	 * The '<em><b>VIRTUAL MACHINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A VM the function is passed through to.
	 * <!-- end-model-doc -->
	 * @see #VIRTUAL_MACHINE_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTUAL_MACHINE(1, "VIRTUAL_MACHINE", "virtualMachine"),

	/**
	 * The '<em><b>BARE METAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bare-metal I/O server.
	 * <!-- end-model-doc -->
	 * @see #BARE_METAL_VALUE
	 * @generated
	 * @ordered
	 */
	BARE_METAL(2, "BARE_METAL", "bareMetal");

	/**
	 * The '<em><b>HOST OS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host's own kernel.
	 * <!-- end-model-doc -->
	 * @see #HOST_OS
	 * @model literal="hostOs"
	 * @generated
	 * @ordered
	 */
	public static final int HOST_OS_VALUE = 0;

	/**
	 * The '<em><b>VIRTUAL MACHINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A VM the function is passed through to.
	 * <!-- end-model-doc -->
	 * @see #VIRTUAL_MACHINE
	 * @model literal="virtualMachine"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTUAL_MACHINE_VALUE = 1;

	/**
	 * The '<em><b>BARE METAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bare-metal I/O server.
	 * <!-- end-model-doc -->
	 * @see #BARE_METAL
	 * @model literal="bareMetal"
	 * @generated
	 * @ordered
	 */
	public static final int BARE_METAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Function Owner</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FunctionOwner[] VALUES_ARRAY =
		new FunctionOwner[] {
			HOST_OS,
			VIRTUAL_MACHINE,
			BARE_METAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Function Owner</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FunctionOwner> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Function Owner</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FunctionOwner get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FunctionOwner result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Function Owner</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FunctionOwner getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FunctionOwner result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Function Owner</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FunctionOwner get(int value) {
		switch (value) {
			case HOST_OS_VALUE: return HOST_OS;
			case VIRTUAL_MACHINE_VALUE: return VIRTUAL_MACHINE;
			case BARE_METAL_VALUE: return BARE_METAL;
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
	private FunctionOwner(int value, String name, String literal) {
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
	
} //FunctionOwner
