/**
 * Deliberately bad "core" classes that ArchitectureRulesTest checks the rules against. Test
 * sources only; the core's own architecture test never imports them.
 */
package io.github.wxlogistics.archfixture;
