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
 * A representation of the literals of the enumeration '<em><b>Link Speed</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Active link speed.
 * <!-- end-model-doc -->
 * @see io.hcastudio.model.HcaPackage#getLinkSpeed()
 * @model
 * @generated
 */
public enum LinkSpeed implements Enumerator {
	/**
	 * The '<em><b>SDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SDR
	 * <!-- end-model-doc -->
	 * @see #SDR_VALUE
	 * @generated
	 * @ordered
	 */
	SDR(0, "SDR", "SDR"),

	/**
	 * The '<em><b>DDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DDR
	 * <!-- end-model-doc -->
	 * @see #DDR_VALUE
	 * @generated
	 * @ordered
	 */
	DDR(1, "DDR", "DDR"),

	/**
	 * The '<em><b>QDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QDR
	 * <!-- end-model-doc -->
	 * @see #QDR_VALUE
	 * @generated
	 * @ordered
	 */
	QDR(2, "QDR", "QDR"),

	/**
	 * The '<em><b>FDR10</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FDR10
	 * <!-- end-model-doc -->
	 * @see #FDR10_VALUE
	 * @generated
	 * @ordered
	 */
	FDR10(3, "FDR10", "FDR10"),

	/**
	 * The '<em><b>FDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FDR
	 * <!-- end-model-doc -->
	 * @see #FDR_VALUE
	 * @generated
	 * @ordered
	 */
	FDR(4, "FDR", "FDR"),

	/**
	 * The '<em><b>EDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EDR
	 * <!-- end-model-doc -->
	 * @see #EDR_VALUE
	 * @generated
	 * @ordered
	 */
	EDR(5, "EDR", "EDR"),

	/**
	 * The '<em><b>HDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HDR
	 * <!-- end-model-doc -->
	 * @see #HDR_VALUE
	 * @generated
	 * @ordered
	 */
	HDR(6, "HDR", "HDR"),

	/**
	 * The '<em><b>NDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NDR
	 * <!-- end-model-doc -->
	 * @see #NDR_VALUE
	 * @generated
	 * @ordered
	 */
	NDR(7, "NDR", "NDR"),

	/**
	 * The '<em><b>XDR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XDR
	 * <!-- end-model-doc -->
	 * @see #XDR_VALUE
	 * @generated
	 * @ordered
	 */
	XDR(8, "XDR", "XDR");

	/**
	 * The '<em><b>SDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SDR
	 * <!-- end-model-doc -->
	 * @see #SDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SDR_VALUE = 0;

	/**
	 * The '<em><b>DDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DDR
	 * <!-- end-model-doc -->
	 * @see #DDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DDR_VALUE = 1;

	/**
	 * The '<em><b>QDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QDR
	 * <!-- end-model-doc -->
	 * @see #QDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QDR_VALUE = 2;

	/**
	 * The '<em><b>FDR10</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FDR10
	 * <!-- end-model-doc -->
	 * @see #FDR10
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FDR10_VALUE = 3;

	/**
	 * The '<em><b>FDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FDR
	 * <!-- end-model-doc -->
	 * @see #FDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FDR_VALUE = 4;

	/**
	 * The '<em><b>EDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EDR
	 * <!-- end-model-doc -->
	 * @see #EDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDR_VALUE = 5;

	/**
	 * The '<em><b>HDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HDR
	 * <!-- end-model-doc -->
	 * @see #HDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HDR_VALUE = 6;

	/**
	 * The '<em><b>NDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NDR
	 * <!-- end-model-doc -->
	 * @see #NDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NDR_VALUE = 7;

	/**
	 * The '<em><b>XDR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XDR
	 * <!-- end-model-doc -->
	 * @see #XDR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int XDR_VALUE = 8;

	/**
	 * An array of all the '<em><b>Link Speed</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LinkSpeed[] VALUES_ARRAY =
		new LinkSpeed[] {
			SDR,
			DDR,
			QDR,
			FDR10,
			FDR,
			EDR,
			HDR,
			NDR,
			XDR,
		};

	/**
	 * A public read-only list of all the '<em><b>Link Speed</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LinkSpeed> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Link Speed</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkSpeed get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkSpeed result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Speed</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkSpeed getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LinkSpeed result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Link Speed</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LinkSpeed get(int value) {
		switch (value) {
			case SDR_VALUE: return SDR;
			case DDR_VALUE: return DDR;
			case QDR_VALUE: return QDR;
			case FDR10_VALUE: return FDR10;
			case FDR_VALUE: return FDR;
			case EDR_VALUE: return EDR;
			case HDR_VALUE: return HDR;
			case NDR_VALUE: return NDR;
			case XDR_VALUE: return XDR;
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
	private LinkSpeed(int value, String name, String literal) {
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
	
} //LinkSpeed
