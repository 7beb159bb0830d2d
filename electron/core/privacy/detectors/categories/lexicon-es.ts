import type { Lexicon } from './lexicon-types';

export const es: Lexicon = {
  matter: {
    HEALTH: `
      diabetes diabetico diabetica cancer tumor radioterapia depresion deprimido deprimida ansiedad ataque+de+panico
      bipolar esquizofrenia autismo autista embarazada embarazo aborto infarto ictus insuficiencia asma epilepsia migrana
      esclerosis+multiple demencia hepatitis hospitalizado hospitalizada ingresado ingresada urgencias operado operada
      cirugia trasplante medicamento* medicacion pastillas receto recetaron recetado recetada tratamiento tension+alta
      tension+arterial= presion+arterial= hipertension colesterol= glucosa= baja+medica baja+por+enfermedad discapacidad
      psiquiatra terapia adiccion alcoholismo saturacion= crisis+epilepticas sintomas enfermedad
    `,
    LEGAL: `
      detenido detenida detenidos detuvieron detencion arrestado arrestada arresto acusado acusada acusacion imputado
      imputada condenado condenada condena antecedentes+penales juicio demanda demandar demandado demandada denuncia
      denunciado denunciada tribunal juzgado orden+de+alejamiento orden+de+arresto expulsion asilo divorcio divorciando
      divorciarme custodia pension+alimenticia libertad+condicional fianza carcel prision robo estafa audiencia
      deportar deportado deportada deportacion
    `,
    FINANCIAL: `
      deuda deudas endeudado endeudada quiebra bancarrota sueldo salario nomina embargo gano+# debo+# hipoteca prestamo
      moroso morosa morosos impago impagos fin+de+mes ingresos
    `,
  },
  first: 'yo me mi mis nosotros nosotras nuestro nuestra nuestros nuestras tengo estoy soy sufro padezco tomo debo gano cobro necesito fui estuve',
  third: 'él ella su sus',
  possessive: 'mi mis su sus nuestro nuestra nuestros nuestras',
  relations: `
    paciente cliente empleado empleada trabajador trabajadora inquilino inquilina hijo hija hijos hijas esposa esposo
    marido mujer pareja novio novia madre padre mama papa hermano hermana amigo amiga nino nina companero companera jefe
    jefa abuela abuelo tia tio primo prima vecino vecina bebe padres suegra suegro ex exmarido exmujer
  `,
  titles: 'sr sra srta senor senora don dona',
  artifacts: `
    ensayo tesis libro novela historia cuento aplicacion codigo funcion tabla proyecto presentacion curso articulo poema
  `,
  general: `
    qué cuál cuáles cómo explica explicar explicame ensayo historia estadisticas general generalmente medio promedio
    ejemplo cuento poema personas pacientes alguien segun
  `,
  fiction: 'cuento poema novela historia ejemplo ficticio ficticia',
  stopwords: 'el la los las y es un una que mi por para con tengo esta estoy del al se su como muy pero lo le',
};
